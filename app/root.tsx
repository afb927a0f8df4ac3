import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useMatches } from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { SiteFooter, SiteHeader } from "./components/site-chrome";
import { useNonce } from "./security/nonce";
import { pageHydrates } from "./respondent/page-handle";
import { pageChromeOf } from "./i18n/survey-text";
import pageEnhancementsUrl from "./respondent/page-enhancements.ts?standalone-script";
import stylesheetUrl from "./styles/app.css?url";
import surveyStylesheetUrl from "./styles/survey.css?url";
import chartStylesheetUrl from "./styles/charts.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheetUrl },
  { rel: "stylesheet", href: surveyStylesheetUrl },
  { rel: "stylesheet", href: chartStylesheetUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "Negative Space" },
  {
    name: "description",
    content: "Open research on the hidden cost of customer-support and IT help-desk work.",
  },
];

/**
 * React and the routes' modules, or, on respondent pages, only the small enhancement script (decision 043):
 * those pages work without JavaScript, and respondents often answer on phones over slow mobile data.
 */
function PageScripts({ nonce }: { nonce: string }) {
  const hydrates = pageHydrates(useMatches().map((match) => match.handle));
  if (!hydrates) return <script type="module" src={pageEnhancementsUrl} nonce={nonce} />;
  return (
    <>
      <ScrollRestoration nonce={nonce} />
      <Scripts nonce={nonce} />
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // A respondent's page is in their language (its loader sends the words); every other page is English.
  const chrome = pageChromeOf(useMatches().map((match) => match.data));
  return (
    <html lang={chrome?.language ?? "en"} dir={chrome?.dir ?? "ltr"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {chrome?.skipLink ?? "Skip to content"}
        </a>
        <SiteHeader words={chrome} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter words={chrome} />
        <PageScripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

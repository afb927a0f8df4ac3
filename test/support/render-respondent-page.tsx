import { renderToStaticMarkup } from "react-dom/server";
import { Outlet, useMatches } from "@remix-run/react";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { ComponentType } from "react";
import { SiteFooter, SiteHeader } from "~/components/site-chrome";
import { pageChromeOf } from "~/i18n/survey-text";
import * as answered from "~/routes/s.$slug.answered";
import * as surveyIndex from "~/routes/s.$slug._index";
import * as notEligible from "~/routes/s.$slug.not-eligible";
import * as surveyPage from "~/routes/s.$slug.p.$pageId";
import * as resume from "~/routes/s.$slug.resume";
import * as review from "~/routes/s.$slug.review";
import * as saved from "~/routes/s.$slug.saved";
import * as thanks from "~/routes/s.$slug.thanks";

type RouteModule = {
  default: ComponentType;
  loader?: (args: never) => unknown;
  action?: (args: never) => unknown;
};

const MODULES: [string, RouteModule][] = [
  ["/s/:slug", surveyIndex],
  ["/s/:slug/p/:pageId", surveyPage],
  ["/s/:slug/review", review],
  ["/s/:slug/resume", resume],
  ["/s/:slug/saved", saved],
  ["/s/:slug/thanks", thanks],
  ["/s/:slug/not-eligible", notEligible],
  ["/s/:slug/answered", answered],
];

// Remix's data(value, { status }) becomes the plain value a component reads with useActionData.
function unwrapData(result: unknown): unknown {
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit")
    return (result as unknown as { data: unknown }).data;
  return result;
}

/** What app/root.tsx renders around every page: html lang and dir, skip link, header and footer. */
function Shell() {
  const chrome = pageChromeOf(useMatches().map((match) => match.data));
  return (
    <div data-lang={chrome?.language ?? "en"} data-dir={chrome?.dir ?? "ltr"}>
      <a href="#main">{chrome?.skipLink ?? "Skip to content"}</a>
      <SiteHeader words={chrome} />
      <main id="main">
        <Outlet />
      </main>
      <SiteFooter words={chrome} />
    </div>
  );
}

const routes = [
  {
    path: "/",
    Component: Shell,
    children: MODULES.map(([path, module]) => ({
      path,
      Component: module.default,
      loader: module.loader
        ? (args: unknown) =>
            (module.loader as (args: unknown) => unknown)({ ...(args as object), context: {} })
        : undefined,
      action: module.action
        ? async (args: unknown) =>
            unwrapData(
              await (module.action as (args: unknown) => unknown)({ ...(args as object), context: {} }),
            )
        : undefined,
    })),
  },
];

/**
 * A respondent's page rendered to HTML on the server, as a respondent receives it (without React in the browser,
 * decision 043): the real loaders and actions run, and a redirect comes back as `{ redirect }`.
 */
export async function renderRespondentPage(
  request: Request,
): Promise<{ html: string } | { redirect: string }> {
  const handler = createStaticHandler(routes as never);
  const context = await handler.query(request);
  if (context instanceof Response) return { redirect: context.headers.get("Location") ?? "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  return {
    html: renderToStaticMarkup(<StaticRouterProvider router={router} context={context} hydrate={false} />),
  };
}

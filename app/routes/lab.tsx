import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireLabSession } from "~/auth/session.server";
import { CsrfInput, type CsrfTokenData } from "~/components/csrf-input";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import labStylesUrl from "~/styles/lab.css?url";

export const links = () => [{ rel: "stylesheet", href: labStylesUrl }];

const sections = [
  { to: "/lab", label: "Overview", end: true },
  { to: "/lab/surveys", label: "Surveys", end: false },
  { to: "/lab/studies", label: "Studies", end: false },
  { to: "/lab/findings", label: "Findings", end: false },
] as const;

// Every /lab URL, known or not, passes through this guard. Child loaders run in parallel with
// this one, so each lab loader and action must still check the session itself
// (requireResearcherId / requireLabAction); test/integration/lab-routes-refuse.test.ts enforces it.
export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherEmail, csrfToken, isAdmin } = await requireLabSession(request);
  return { researcherEmail, csrfToken, isAdmin } satisfies CsrfTokenData & {
    researcherEmail: string;
    isAdmin: boolean;
  };
}

// Only site administrators see these links (the pages check again: requireAdministrator). Members read
// their survey's trail on its Audit tab.
const adminSections = [
  { to: "/lab/audit", label: "Audit", end: false },
  { to: "/lab/admin/accounts", label: "Accounts", end: false },
] as const;

export default function LabLayout() {
  const { researcherEmail, isAdmin } = useLoaderData<typeof loader>();
  return (
    <div className="wide-page">
      <div className="lab-bar">
        <nav aria-label="Lab">
          <ul className="lab-nav">
            {(isAdmin ? [...sections, ...adminSections] : sections).map((section) => (
              <li key={section.to}>
                <NavLink to={section.to} end={section.end}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="lab-account">
          <span>
            Signed in as <strong>{researcherEmail}</strong>
          </span>
          <NavLink to="/lab/account">Your account</NavLink>
          {/* One form, two buttons: the pressed button's scope is sent, with or without JavaScript. */}
          <Form method="post" action="/sign-out" className="sign-out-form">
            <CsrfInput />
            <button type="submit" name="scope" value="this-device" className="secondary">
              Sign out
            </button>
            <button type="submit" name="scope" value="everywhere" className="secondary">
              Sign out everywhere
            </button>
          </Form>
        </div>
      </div>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireLabSurvey } from "~/lab/lab-surveys.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  return { slug: survey.slug, title: survey.title, status: survey.status };
}

const sections = [
  { to: "", label: "Overview", end: true },
  { to: "responses", label: "Responses", end: false },
  { to: "quality", label: "Data quality", end: false },
  { to: "free-text", label: "Free text", end: false },
  { to: "analysis", label: "Analysis", end: false },
  { to: "export", label: "Export", end: false },
] as const;

/** One survey in the lab: its title and status, and the tabs a researcher works through. */
export default function LabSurveyLayout() {
  const { slug, title, status } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumb">
        <NavLink to="/lab/surveys" end>
          Surveys
        </NavLink>{" "}
        / {slug}
      </p>
      <h1>
        {title} <span className={`tag tag--${status}`}>{status}</span>
      </h1>
      <nav aria-label="Survey">
        <ul className="lab-tabs">
          {sections.map((section) => (
            <li key={section.label}>
              <NavLink
                to={section.to ? `/lab/surveys/${slug}/${section.to}` : `/lab/surveys/${slug}`}
                end={section.end}
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

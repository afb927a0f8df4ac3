import { membershipAllows } from "~/auth/survey-roles";
import { SURVEY_SECTIONS } from "~/lab/survey-sections";
import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, membership } = await requireSurveyPermission(request, params, "view");
  const sections = SURVEY_SECTIONS.filter((section) => membershipAllows(membership, section.permission));
  return {
    slug: survey.slug,
    title: survey.title,
    status: survey.status,
    role: membership.role,
    responseLevelAccess: membership.responseLevelAccess,
    sections: sections.map(({ to, label, end }) => ({ to, label, end })),
  };
}

/** One survey in the lab: its title and status, and the tabs a researcher works through. */
export default function LabSurveyLayout() {
  const { slug, title, status, role, responseLevelAccess, sections } = useLoaderData<typeof loader>();
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
      <p className="survey-role">
        Your role: <strong>{role}</strong>
        {role === "analyst" && responseLevelAccess ? ", with response-level access" : ""}.
      </p>
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

import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { resumePath } from "~/respondent/navigation.server";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Negative Space` : "Survey — Negative Space" },
];

/** The survey's address: open surveys continue where the respondent is; others explain why they cannot. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (context.survey.status === "open" && context.version) {
    throw redirect(resumePath(slug, context.version.definition, context.draft));
  }
  return { title: context.survey.title, status: context.survey.status };
}

export default function SurveyUnavailable() {
  const { title, status } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{title}</h1>
      <p className="notice">
        {status === "closed"
          ? "This survey has closed and no longer accepts answers. Thank you for your interest."
          : "This survey is not open yet. Please come back later."}
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

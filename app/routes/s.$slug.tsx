import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { findSurveyBySlug } from "~/surveys/surveys.server";

const paramsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.survey.title} — Negative Space` : "Survey — Negative Space" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const parsed = paramsSchema.safeParse(params);
  const survey = parsed.success ? await findSurveyBySlug(parsed.data.slug) : null;
  if (!survey) throw new Response("Not found", { status: 404 });
  return { survey };
}

export default function SurveyPage() {
  const { survey } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{survey.title}</h1>
      {survey.status === "open" ? (
        <p className="notice notice--placeholder">
          Placeholder: the questionnaire (consent, sections, save and resume) is built in issue #3.
        </p>
      ) : (
        <p className="notice">
          {survey.status === "closed"
            ? "This survey has closed and no longer accepts answers. Thank you for your interest."
            : "This survey is not open yet."}
        </p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

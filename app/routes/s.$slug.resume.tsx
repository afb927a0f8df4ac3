import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary, FieldError } from "~/components/error-summary";
import { resumeWithCode } from "~/respondent/resume-draft.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { readFormBody } from "~/security/form-body.server";
import { findSurveyBySlug } from "~/surveys/surveys.server";

export const meta: MetaFunction = () => [{ title: "Continue with a resume code — Negative Space" }];

async function requireSurvey(params: unknown) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const survey = await findSurveyBySlug(slug);
  if (!survey) throw new Response("Not found", { status: 404 });
  return survey;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const survey = await requireSurvey(params);
  return { title: survey.title };
}

const resumeFormSchema = z.object({ code: z.string().max(100, "That is too long to be a resume code.").default("") });

export async function action({ request, params }: ActionFunctionArgs) {
  const survey = await requireSurvey(params);
  const parsed = resumeFormSchema.safeParse(Object.fromEntries(await readFormBody(request)));
  const outcome = parsed.success ? await resumeWithCode(survey, parsed.data.code) : { error: parsed.error.issues[0]?.message ?? "Enter your resume code." };
  if ("error" in outcome) return data({ error: outcome.error }, { status: 400 });
  throw redirect(outcome.to, { headers: { "Set-Cookie": outcome.setCookie } });
}

export default function Resume() {
  const { title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = actionData?.error;
  return (
    <div className="survey">
      <p className="survey-name">{title}</p>
      <h1>Continue with a resume code</h1>
      <ErrorSummary problems={error ? [{ message: error, fieldId: "resume-code" }] : []} />
      <Form method="post" noValidate>
        <div className={`field ${error ? "field--error" : ""}`}>
          <label className="field-label" htmlFor="resume-code">
            Resume code
          </label>
          <p id="resume-code-help" className="field-help">
            The 16 characters you were shown when you saved, for example ABCD-EFGH-JKMN-PQRS.
          </p>
          <FieldError id="resume-code-error" message={error} />
          <input
            id="resume-code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "resume-code-help resume-code-error" : "resume-code-help"}
          />
        </div>
        <button type="submit">Continue</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

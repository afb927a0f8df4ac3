import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { sentValue, summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { TYPED_CODE_MAX_LENGTH } from "~/limits";
import { resumeWithCode } from "~/respondent/resume-draft.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { readFormBody } from "~/security/form-body.server";
import { findSurveyBySlug } from "~/surveys/surveys.server";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

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

const resumeFormSchema = z.object({
  code: z.string().max(TYPED_CODE_MAX_LENGTH, "That is too long to be a resume code.").default(""),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const survey = await requireSurvey(params);
  const form = parseForm(await readFormBody(request), resumeFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const outcome = await resumeWithCode(survey, form.value.code);
  if ("error" in outcome) return formFailure({ fieldErrors: { code: outcome.error }, values: form.values });
  throw redirect(outcome.to, { headers: { "Set-Cookie": outcome.setCookie } });
}

export default function Resume() {
  const { title } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <div className="survey">
      <p className="survey-name">{title}</p>
      <h1>Continue with a resume code</h1>
      <ErrorSummary problems={summaryProblems(reply, [{ name: "code", id: "resume-code" }])} />
      <Form method="post" noValidate>
        <Field
          id="resume-code"
          label="Resume code"
          hint="The 16 characters you were shown when you saved, for example ABCD-EFGH-JKMN-PQRS."
          error={reply.fieldErrors.code}
        >
          {(control) => (
            <input
              {...control}
              name="code"
              defaultValue={sentValue(reply.values, "code")}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
          )}
        </Field>
        <button type="submit">Continue</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

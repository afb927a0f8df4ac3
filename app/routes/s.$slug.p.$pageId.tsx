import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { SurveyField } from "~/components/survey/survey-field";
import { fieldId } from "~/components/survey/field-parts";
import { HoneypotField } from "~/components/survey/honeypot-field";
import { InvitationCodeField } from "~/components/survey/invitation-code-field";
import { SaveForLater, SurveyProgress } from "~/components/survey/survey-chrome";
import { pageSurveyView } from "~/respondent/page-loader.server";
import { reachablePage, resumePath } from "~/respondent/navigation.server";
import { surveyPath } from "~/respondent/paths";
import { submitPage } from "~/respondent/page-submission.server";
import { formShapeProblem } from "~/respondent/form-shape.server";
import { asksForInvitation, readInvitation } from "~/respondent/invitation-gate.server";
import { loadRespondentContext, requireAnswerable } from "~/respondent/respondent-context.server";
import { pageParamsSchema, parseParams } from "~/respondent/route-params";
import { readFormBody } from "~/security/form-body.server";
import { honeypotFilled } from "~/security/honeypot";
import { INVITATION_CODE_FIELD } from "~/security/invitation-code-field";
import { recordSubmission } from "~/security/submission-rate.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.title} (${data.progress.step} of ${data.progress.total}) — ${data.surveyTitle}` : "Survey — Negative Space" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug, pageId } = parseParams(pageParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (context.survey.status !== "open" || !context.version) throw redirect(surveyPath(slug));
  const page = reachablePage(context.version.definition, context.draft, pageId);
  if (!page) throw redirect(resumePath(slug, context.version.definition, context.draft));
  return pageSurveyView(context, context.version, page);
}

const intentSchema = z.enum(["next", "back", "save"]).catch("next");

const HONEYPOT_REFUSAL =
  "Nothing was saved: a hidden field meant to stay empty was filled in, which is what automated form-filling does. If your browser filled it in for you, it is empty again now: press the button once more.";

/**
 * A refused form: the page again with the message, the answers given so far kept on screen, and the
 * view's own timing stamp, so the time spent before the refusal still counts (with or without
 * JavaScript; a new stamp would restart the clock).
 */
function refused(
  form: URLSearchParams,
  status: number,
  errors: Record<string, string>,
  submitted: Record<string, string | string[]>,
  formError: string | null = null,
) {
  return data({ errors, submitted, formError, shown: form.get("shown") }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { slug, pageId } = parseParams(pageParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const { version } = requireAnswerable(context);
  const page = reachablePage(version.definition, context.draft, pageId);
  if (!page) throw redirect(resumePath(slug, version.definition, context.draft));
  const form = await readFormBody(request);
  const sent = Object.fromEntries([...new Set(form.keys())].map((name) => [name, form.getAll(name)]));
  if (honeypotFilled(form)) {
    recordSubmission(context.survey.id, "refused");
    return refused(form, 400, {}, sent, HONEYPOT_REFUSAL);
  }
  const shape = formShapeProblem(page, context.draft?.answers ?? {}, form, asksForInvitation(context) ? [INVITATION_CODE_FIELD] : []);
  if (shape) return "formError" in shape ? refused(form, 400, {}, sent, shape.formError) : refused(form, 400, shape.errors, sent);
  const invitation = await readInvitation(context, form);
  const outcome = await submitPage(context, version, page, form, intentSchema.parse(form.get("intent")), invitation);
  switch (outcome.kind) {
    case "invalid":
      return refused(form, 400, outcome.errors, outcome.submitted);
    case "screened-out":
      throw redirect(surveyPath(slug, `/not-eligible?from=${page.id}`), { headers: { "Set-Cookie": outcome.setCookie } });
    case "redirect":
      throw redirect(outcome.to, outcome.setCookie ? { headers: { "Set-Cookie": outcome.setCookie } } : undefined);
  }
}

export default function SurveyPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = actionData?.submitted ?? view.values;
  const formError = actionData?.formError;
  const fieldProblems = view.page.fields.flatMap((field) =>
    (field.kind === "matrix" ? field.rows.map((row) => row.name) : [field.name]).flatMap((name) => {
      const message = errors[name];
      const label =
        field.kind === "matrix" ? field.rows.find((row) => row.name === name)?.label : field.kind === "consent" ? field.agreeLabel : field.label;
      return message ? [{ message: `${label}: ${message}`, fieldId: fieldId(name) }] : [];
    }),
  );
  const invitationError = errors[INVITATION_CODE_FIELD];
  const invitationProblems = invitationError ? [{ message: `Invitation code: ${invitationError}`, fieldId: fieldId(INVITATION_CODE_FIELD) }] : [];
  const problems = [...(formError ? [{ message: formError }] : []), ...invitationProblems, ...fieldProblems];

  return (
    <div className="survey">
      <p className="survey-name">{view.surveyTitle}</p>
      <SurveyProgress step={view.progress.step} total={view.progress.total} />
      <h1>{view.page.title}</h1>
      <ErrorSummary problems={problems} />
      {view.welcome ? (
        <div className="survey-welcome">
          <p>{view.welcome.description}</p>
          <p>About {view.welcome.minutes} minutes. You can stop at any time, and save to continue later.</p>
          <details className="data-use">
            <summary>What we keep, and what we never keep</summary>
            <p>{view.welcome.dataUse}</p>
          </details>
          {view.resumeLink ? (
            <p>
              Started before on another device? <Link to={view.resumeLink}>Continue with your resume code</Link>.
            </p>
          ) : null}
        </div>
      ) : null}
      {view.page.intro ? <p className="page-intro">{view.page.intro}</p> : null}
      <Form method="post" noValidate key={view.page.id}>
        <input type="hidden" name="shown" value={actionData?.shown ?? view.shown} />
        <HoneypotField resetOn={actionData} />
        {view.asksForInvitation ? <InvitationCodeField values={values} error={invitationError} /> : null}
        {view.page.fields.map((field) => (
          <SurveyField key={field.name} field={field} values={values} errors={errors} />
        ))}
        <div className="survey-actions">
          <button type="submit" name="intent" value="next">
            {view.progress.step === view.progress.total ? "Continue to review" : "Continue"}
          </button>
          {view.canGoBack ? (
            <button type="submit" name="intent" value="back" className="secondary">
              Back
            </button>
          ) : null}
        </div>
        {view.resumeCode ? <SaveForLater code={view.resumeCode} /> : null}
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

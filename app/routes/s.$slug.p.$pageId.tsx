import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { SurveyField } from "~/components/survey/survey-field";
import { fieldId } from "~/components/survey/field-parts";
import { HoneypotField } from "~/components/survey/honeypot-field";
import { InvitationCodeField } from "~/components/survey/invitation-code-field";
import { SaveForLater, SurveyProgress } from "~/components/survey/survey-chrome";
import { sentValue, type SummaryField, summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { useFormReply } from "~/forms/use-form-reply";
import { pageSurveyView } from "~/respondent/page-loader.server";
import { reachablePage, resumePath } from "~/respondent/navigation.server";
import type { PageView } from "~/surveys/page-view";
import { hasAnswered } from "~/respondent/answered-cookie.server";
import { changePath, returnsToReview, surveyPath } from "~/respondent/paths";
import { submitPage } from "~/respondent/page-submission.server";
import { identificationCodeGate } from "~/respondent/identification-code.server";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { refusingInLanguage } from "~/respondent/refusals-in-language.server";
import { pageParamsSchema, parseParams } from "~/respondent/route-params";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { respondentPageHandle } from "~/respondent/page-handle";
import { respondentChrome } from "~/respondent/language-switch.server";
import { LANGUAGE_PARAMETER, pathInLanguage, withLanguage } from "~/respondent/respondent-language.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { SurveyTextContext } from "~/components/survey/survey-text";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? data.text.tabTitle : "Survey — Negative Space",
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug, pageId } = parseParams(pageParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (context.survey.status !== "open" || !context.version) throw redirect(surveyPath(slug));
  // A browser that has sent its answers is told so, rather than silently starting a second response.
  if (!context.draft && (await hasAnswered(request, slug))) throw redirect(surveyPath(slug, "/answered"));
  const page = reachablePage(context.version.definition, context.draft, pageId);
  if (!page) throw redirect(resumePath(slug, context.version.definition, context.draft));
  const gate = await identificationCodeGate(context.survey.id, context.version.definition);
  if (gate.kind === "unavailable") throw redirect(pathInLanguage(surveyPath(slug, "/unavailable"), context));
  const url = new URL(request.url);
  // Before there is a draft, a language chosen by ?lang= or the switch travels in the address of the form.
  const languageInAddress = !context.draft && url.searchParams.has(LANGUAGE_PARAMETER);
  return {
    ...pageSurveyView(context, context.version, page),
    ...respondentChrome(context, `${url.pathname}${url.search}`),
    // After "Change" on the review, the form posts back to this address, so "Continue" returns to the review.
    formAction: returnsToReview(request)
      ? changePath(slug, page.id)
      : languageInAddress
        ? withLanguage(url.pathname, context.language)
        : undefined,
    reviewPath: returnsToReview(request) ? surveyPath(slug, "/review") : null,
  };
}

/** Thin: the page's form goes to submitPage, which answers where to go next or why it was refused. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { slug, pageId } = parseParams(pageParamsSchema, params);
  return refusingInLanguage(request, slug, async () => {
    const outcome = await submitPage(request, slug, pageId);
    if (outcome.kind === "refused") return formFailure(outcome.failure);
    throw redirect(
      outcome.to,
      outcome.setCookie ? { headers: { "Set-Cookie": outcome.setCookie } } : undefined,
    );
  });
}

/** The error summary's fields, in the order of the page: the invitation code first, then each question (matrix rows one by one). */
function summaryFields(fields: PageView["fields"], invitationLabel: string): SummaryField[] {
  const invitation = {
    name: INVITATION_CODE_FIELD,
    id: fieldId(INVITATION_CODE_FIELD),
    label: invitationLabel,
  };
  return [
    invitation,
    ...fields.flatMap((field) =>
      field.kind === "matrix"
        ? field.rows.map((row) => ({ name: row.name, id: fieldId(row.name), label: row.label }))
        : field.kind === "identificationCode"
          ? field.elements.map((element) => ({
              name: element.name,
              id: fieldId(element.name),
              label: element.label,
            }))
          : [
              {
                name: field.name,
                id: fieldId(field.name),
                label: field.kind === "consent" ? field.agreeLabel : field.label,
              },
            ],
    ),
  ];
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

/** The first page's welcome: what the survey is, how long it takes, what is kept, and resuming elsewhere. */
function SurveyWelcome({ view }: { view: PageData }) {
  const { welcome, text } = view;
  if (!welcome) return null;
  return (
    <div className="survey-welcome">
      <p>{welcome.description}</p>
      <p>{text.minutes}</p>
      <details className="data-use">
        <summary>{text.dataUse}</summary>
        <p>{welcome.dataUse}</p>
      </details>
      {view.resumeLink ? (
        <p>
          {text.resumeQuestion} <Link to={view.resumeLink}>{text.resumeLink}</Link>
        </p>
      ) : null}
    </div>
  );
}

export default function SurveyPage() {
  const view = useLoaderData<typeof loader>();
  const reply = useFormReply();
  const values = reply.failed ? reply.values : view.values;
  const problems = summaryProblems(reply, summaryFields(view.page.fields, view.surveyText.invitationLabel));
  const { text } = view;

  return (
    <SurveyTextContext.Provider value={view.surveyText}>
      <div className="survey">
        <LanguageSwitch view={view.languageSwitch} />
        <LanguageNotice notice={view.languageNotice} />
        <p className="survey-name">{view.surveyTitle}</p>
        <SurveyProgress label={text.progress} step={view.progress.step} total={view.progress.total} />
        <h1>{view.page.title}</h1>
        <ErrorSummary problems={problems} />
        <SurveyWelcome view={view} />
        {view.page.intro ? <p className="page-intro">{view.page.intro}</p> : null}
        {view.reviewPath ? (
          <p className="change-note">
            {text.changing} <Link to={view.reviewPath}>{text.backToReview}</Link>
          </p>
        ) : null}
        <Form method="post" noValidate key={view.page.id} action={view.formAction} data-survey-page="">
          <input type="hidden" name="shown" value={sentValue(reply.values, "shown") ?? view.shown} />
          <HoneypotField resetOn={reply.failed ? reply.values : null} />
          {view.asksForInvitation ? (
            <InvitationCodeField values={values} error={reply.fieldErrors[INVITATION_CODE_FIELD]} />
          ) : null}
          {view.page.fields.map((field) => (
            <SurveyField key={field.name} field={field} values={values} errors={reply.fieldErrors} />
          ))}
          <div className="survey-actions">
            <button type="submit" name="intent" value="next">
              {text.next}
            </button>
            {view.canGoBack ? (
              <button type="submit" name="intent" value="back" className="secondary">
                {text.back}
              </button>
            ) : null}
          </div>
          {view.resumeCode ? <SaveForLater code={view.resumeCode} text={text.save} /> : null}
        </Form>
      </div>
    </SurveyTextContext.Provider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

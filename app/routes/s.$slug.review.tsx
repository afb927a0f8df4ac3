import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { summaryProblems } from "~/forms/form-reply";
import { useFormReply } from "~/forms/use-form-reply";
import { refusingInLanguage } from "~/respondent/refusals-in-language.server";
import { HoneypotField } from "~/components/survey/honeypot-field";
import { completeResponse } from "~/respondent/completion.server";
import { resumePath } from "~/respondent/navigation.server";
import { changePath, surveyPath } from "~/respondent/paths";
import { loadRespondentContext, requireAnswerable } from "~/respondent/respondent-context.server";
import { buildReview } from "~/respondent/review-view";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { readFormBody } from "~/security/form-body.server";
import { honeypotFilled } from "~/security/honeypot";
import { respondentPageHandle } from "~/respondent/page-handle";
import { SurveyTextContext } from "~/components/survey/survey-text";
import { surveyText } from "~/i18n/survey-text.server";
import { respondentChrome } from "~/respondent/language-switch.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { translate, translateAll } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Check your answers — Negative Space" },
];

const REVIEW_TEXT = [
  "review.title",
  "review.intro",
  "review.change",
  "review.notAnswered",
  "review.send",
] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (context.survey.status !== "open" || !context.version) throw redirect(surveyPath(slug));
  const { definition } = context.version;
  const resume = resumePath(slug, definition, context.draft);
  if (!context.draft || resume !== surveyPath(slug, "/review")) throw redirect(resume);
  const { language } = context;
  const code = {
    stored: context.draft.identificationCode,
    given: translate(language, "code.given"),
    dontKnow: translate(language, "code.dontKnow"),
  };
  const sections = buildReview(definition, context.draft.answers, language, code).map((section) => ({
    ...section,
    changeHidden: translate(language, "review.changeHidden", { section: section.title }),
  }));
  return {
    slug,
    sections,
    text: translateAll(language, REVIEW_TEXT),
    tabTitle: translate(language, "site.titleSuffix", { title: translate(language, "review.title") }),
    surveyText: surveyText(language, []),
    ...respondentChrome(context, surveyPath(slug, "/review")),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  return refusingInLanguage(request, slug, async () => {
    const context = await loadRespondentContext(request, slug);
    const { version } = requireAnswerable(context);
    const form = await readFormBody(request);
    // Refusing here would throw away a whole survey over an autofill quirk: the response is kept and flagged.
    const outcome = await completeResponse(context, version, { honeypotFilled: honeypotFilled(form) });
    const headers = new Headers();
    for (const cookie of outcome.setCookies ?? []) headers.append("Set-Cookie", cookie);
    throw redirect(outcome.to, { headers });
  });
}

export default function Review() {
  const view = useLoaderData<typeof loader>();
  const { slug, sections, text } = view;
  const reply = useFormReply();
  return (
    <SurveyTextContext.Provider value={view.surveyText}>
      <div className="survey">
        <LanguageSwitch view={view.languageSwitch} />
        <LanguageNotice notice={view.languageNotice} />
        <h1>{text["review.title"]}</h1>
        <ErrorSummary problems={summaryProblems(reply, [])} />
        <p>{text["review.intro"]}</p>
        {sections.map((section) => (
          <section
            key={section.pageId}
            className="review-section"
            aria-labelledby={`review-${section.pageId}`}
          >
            <div className="review-heading">
              <h2 id={`review-${section.pageId}`}>{section.title}</h2>
              <Link to={changePath(slug, section.pageId)}>
                {text["review.change"]}
                <span className="visually-hidden"> {section.changeHidden}</span>
              </Link>
            </div>
            <dl>
              {section.entries.map((entry) => (
                <div key={entry.id} className="review-entry">
                  <dt>{entry.question}</dt>
                  <dd>
                    {entry.answer ?? <span className="not-answered">{text["review.notAnswered"]}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <Form method="post">
          <HoneypotField />
          <button type="submit">{text["review.send"]}</button>
        </Form>
      </div>
    </SurveyTextContext.Provider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

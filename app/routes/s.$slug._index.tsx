import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { resumePath } from "~/respondent/navigation.server";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";
import { localize } from "../../instrument/localized-text";
import { surveyPath } from "~/respondent/paths";
import { respondentChrome } from "~/respondent/language-switch.server";
import { LANGUAGE_PARAMETER, withLanguage } from "~/respondent/respondent-language.server";
import { LanguageSwitch } from "~/components/survey/language-switch";
import { translate } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Negative Space` : "Survey — Negative Space" },
];

/** The survey's address: open surveys continue where the respondent is; others explain why they cannot. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const requested = new URL(request.url).searchParams.get(LANGUAGE_PARAMETER);
  if (context.survey.status === "open" && context.version) {
    const to = resumePath(slug, context.version.definition, context.draft);
    // ?lang= on the survey link goes along to the first page, which preselects it or says why it cannot.
    throw redirect(requested === null ? to : withLanguage(to, requested));
  }
  const { language } = context;
  return {
    title: context.version ? localize(context.version.definition.title, language) : context.survey.title,
    notice: translate(language, context.survey.status === "closed" ? "survey.closed" : "survey.notOpen"),
    ...respondentChrome(context, surveyPath(slug)),
  };
}

export default function SurveyUnavailable() {
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <LanguageSwitch view={view.languageSwitch} />
      <h1>{view.title}</h1>
      <p className="notice">{view.notice}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

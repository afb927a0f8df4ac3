import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { RESUME_CODE_TTL_DAYS } from "~/limits";
import { surveyPath } from "~/respondent/paths";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

import { respondentChrome } from "~/respondent/language-switch.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { translate, translateAll } from "~/i18n/translate.server";
export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Your answers are saved — Negative Space" },
];

const SAVED_TEXT = ["saved.title", "saved.sameDevice", "saved.otherDevice", "saved.continue"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (!context.draft || !context.code) throw redirect(surveyPath(slug));
  const { language } = context;
  const { code } = context;
  const expiresOn = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${context.draft.expiresOn}T12:00:00Z`),
  );
  return {
    slug,
    code,
    text: {
      ...translateAll(language, SAVED_TEXT),
      codeLabel: translate(language, "saved.codeLabel", { spelled: code.split("").join(" ") }),
      expiry: translate(language, "saved.expiry", { expiresOn, days: RESUME_CODE_TTL_DAYS }),
    },
    tabTitle: translate(language, "site.titleSuffix", { title: translate(language, "saved.title") }),
    ...respondentChrome(context, surveyPath(slug, "/saved")),
  };
}

export default function Saved() {
  const view = useLoaderData<typeof loader>();
  const { slug, code, text } = view;
  return (
    <div className="survey">
      <LanguageSwitch view={view.languageSwitch} />
      <LanguageNotice notice={view.languageNotice} />
      <h1>{text["saved.title"]}</h1>
      <p>{text["saved.sameDevice"]}</p>
      <p>{text["saved.otherDevice"]}</p>
      <p className="resume-code" aria-label={text.codeLabel}>
        {code}
      </p>
      <p>{text.expiry}</p>
      <p>
        <Link className="button" to={surveyPath(slug)}>
          {text["saved.continue"]}
        </Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

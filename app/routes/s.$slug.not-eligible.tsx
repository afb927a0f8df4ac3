import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { localize } from "../../instrument/localized-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

import { respondentChrome } from "~/respondent/language-switch.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { translate, translateAll } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Thank you for your interest — Negative Space" },
];

const NOT_ELIGIBLE_TEXT = [
  "notEligible.title",
  "notEligible.body",
  "notEligible.nothingKept",
  "notEligible.findings",
] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const url = new URL(request.url);
  const from = url.searchParams.get("from");
  const page = context.version?.definition.pages.find((candidate) => candidate.id === from);
  const { language } = context;
  return {
    message: page?.screenOut ? localize(page.screenOut.message, language) : null,
    text: translateAll(language, NOT_ELIGIBLE_TEXT),
    tabTitle: translate(language, "site.titleSuffix", { title: translate(language, "notEligible.title") }),
    ...respondentChrome(context, `${url.pathname}${from ? `?from=${encodeURIComponent(from)}` : ""}`),
  };
}

export default function NotEligible() {
  const view = useLoaderData<typeof loader>();
  const { message, text } = view;
  return (
    <div className="survey">
      <LanguageSwitch view={view.languageSwitch} />
      <LanguageNotice notice={view.languageNotice} />
      <h1>{text["notEligible.title"]}</h1>
      <p>{message ?? text["notEligible.body"]}</p>
      <p>{text["notEligible.nothingKept"]}</p>
      <p>
        <Link to="/findings">{text["notEligible.findings"]}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

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
import { translate, translateAll, translateAroundTag } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Thank you — Negative Space" },
];

const THANKS_TEXT = [
  "thanks.title",
  "thanks.lede",
  "thanks.whatHappens",
  "thanks.noIdentity",
  "thanks.scrubbed",
  "thanks.groups",
] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const definition = context.version?.definition;
  const { language } = context;
  const url = new URL(request.url);
  return {
    dataUse: definition ? localize(definition.dataUse, language) : null,
    text: {
      ...translateAll(language, THANKS_TEXT),
      findings: translateAroundTag(language, "thanks.findings", "link"),
    },
    tabTitle: translate(language, "site.titleSuffix", { title: translate(language, "thanks.tabTitle") }),
    ...respondentChrome(context, url.pathname),
  };
}

export default function Thanks() {
  const view = useLoaderData<typeof loader>();
  const { dataUse, text } = view;
  const [before, link, after] = text.findings;
  return (
    <div className="survey">
      <LanguageSwitch view={view.languageSwitch} />
      <LanguageNotice notice={view.languageNotice} />
      <h1>{text["thanks.title"]}</h1>
      <p className="lede">{text["thanks.lede"]}</p>
      <h2>{text["thanks.whatHappens"]}</h2>
      <ul>
        <li>{text["thanks.noIdentity"]}</li>
        <li>{text["thanks.scrubbed"]}</li>
        <li>{text["thanks.groups"]}</li>
      </ul>
      {dataUse ? <p>{dataUse}</p> : null}
      <p>
        {before}
        <Link to="/findings">{link}</Link>
        {after}
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { forgetAnswered, hasAnswered } from "~/respondent/answered-cookie.server";
import { surveyPath } from "~/respondent/paths";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

import { localize } from "../../instrument/localized-text";
import { respondentChrome } from "~/respondent/language-switch.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { translateAll, translateAroundTag } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Survey — Negative Space" },
];

const ANSWERED_TEXT = [
  "answered.title",
  "answered.someoneElse",
  "answered.shared",
  "answered.startNew",
] as const;

/** Shown instead of the first page to a browser that has sent its answers (answered-cookie.server.ts). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  if (!(await hasAnswered(request, slug))) throw redirect(surveyPath(slug));
  const context = await loadRespondentContext(request, slug);
  const { language } = context;
  const text = {
    ...translateAll(language, ANSWERED_TEXT),
    body: translateAroundTag(language, "answered.body", "link"),
  };
  return {
    title: context.version ? localize(context.version.definition.title, language) : context.survey.title,
    text,
    tabTitle: `${text["answered.title"]} — ${context.survey.title}`,
    ...respondentChrome(context, surveyPath(slug, "/answered")),
  };
}

/** Someone else on a shared device: forget the mark and start from the first page. */
export async function action({ params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  throw redirect(surveyPath(slug), { headers: { "Set-Cookie": await forgetAnswered(slug) } });
}

export default function AlreadyAnswered() {
  const view = useLoaderData<typeof loader>();
  const { title, text } = view;
  const [before, link, after] = text.body;
  return (
    <div className="survey">
      <LanguageSwitch view={view.languageSwitch} />
      <LanguageNotice notice={view.languageNotice} />
      <p className="survey-name">{title}</p>
      <h1>{text["answered.title"]}</h1>
      <p className="lede">
        {before}
        <Link to="/findings">{link}</Link>
        {after}
      </p>
      <h2>{text["answered.someoneElse"]}</h2>
      <p>{text["answered.shared"]}</p>
      <Form method="post">
        <button type="submit" className="secondary">
          {text["answered.startNew"]}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

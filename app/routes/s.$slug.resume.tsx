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
import { localize } from "../../instrument/localized-text";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { surveyPath } from "~/respondent/paths";
import { SurveyTextContext } from "~/components/survey/survey-text";
import { surveyText } from "~/i18n/survey-text.server";
import { respondentChrome } from "~/respondent/language-switch.server";
import { LanguageNotice, LanguageSwitch } from "~/components/survey/language-switch";
import { translate, translateAll } from "~/i18n/translate.server";
import { respondentPageHandle } from "~/respondent/page-handle";
import { refusingInLanguage } from "~/respondent/refusals-in-language.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.tabTitle ?? "Continue with a resume code — Negative Space" },
];

const RESUME_TEXT = ["resume.title", "resume.label", "resume.hint", "page.continue"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const { language } = context;
  return {
    title: context.version ? localize(context.version.definition.title, language) : context.survey.title,
    text: translateAll(language, RESUME_TEXT),
    tabTitle: translate(language, "site.titleSuffix", { title: translate(language, "resume.title") }),
    surveyText: surveyText(language, []),
    ...respondentChrome(context, surveyPath(slug, "/resume")),
  };
}

const resumeFormSchema = z.object({
  code: z.string().max(TYPED_CODE_MAX_LENGTH, "resume.tooLong").default(""),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  return refusingInLanguage(request, slug, () => resumeFromForm(request, slug));
}

async function resumeFromForm(request: Request, slug: string) {
  const context = await loadRespondentContext(request, slug);
  const form = parseForm(await readFormBody(request), resumeFormSchema);
  // The schema's one message is the id of a catalog message.
  if (!form.ok)
    return formFailure({
      ...form.failure,
      fieldErrors: { code: translate(context.language, "resume.tooLong") },
    });
  const outcome = await resumeWithCode(context.survey, form.value.code);
  if ("error" in outcome) {
    const message = translate(context.language, outcome.error.id, outcome.error.values);
    return formFailure({ fieldErrors: { code: message }, values: form.values });
  }
  throw redirect(outcome.to, { headers: { "Set-Cookie": outcome.setCookie } });
}

export default function Resume() {
  const view = useLoaderData<typeof loader>();
  const { title, text } = view;
  const reply = useFormReply();
  return (
    <SurveyTextContext.Provider value={view.surveyText}>
      <div className="survey">
        <LanguageSwitch view={view.languageSwitch} />
        <LanguageNotice notice={view.languageNotice} />
        <p className="survey-name">{title}</p>
        <h1>{text["resume.title"]}</h1>
        <ErrorSummary problems={summaryProblems(reply, [{ name: "code", id: "resume-code" }])} />
        <Form method="post" noValidate>
          <Field
            id="resume-code"
            label={text["resume.label"]}
            hint={text["resume.hint"]}
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
          <button type="submit">{text["page.continue"]}</button>
        </Form>
      </div>
    </SurveyTextContext.Provider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

import type { Page } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { visiblePages } from "../../instrument/visibility";
import type { InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import { EMPTY_PRESENTATION } from "../../instrument/presentation-order";
import { answersAsFormValues } from "../../instrument/answers-as-form";
import { decimalSeparator } from "~/i18n/decimal-separator";
import { asksForInvitation } from "~/invitations/invitation-gate.server";
import { buildPageView } from "~/surveys/page-view";
import { pageShownStamp, pageViewer } from "./page-timing.server";
import type { RespondentContext } from "./respondent-context.server";
import { surveyText } from "~/i18n/survey-text.server";
import { surveyPageText } from "./page-text.server";

/** Everything one survey page renders, in the respondent's language. */
export function pageSurveyView(context: RespondentContext, version: InstrumentVersionRecord, page: Page) {
  const { definition } = version;
  const answers = context.draft?.answers ?? {};
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((candidate) => candidate.id === page.id);
  const language = context.language;
  const surveyTitle = localize(definition.title, language);
  const built = buildPageView(
    definition,
    page,
    answers,
    context.draft?.presentation ?? EMPTY_PRESENTATION,
    language,
  );
  // The code's answers were never kept: after "Back" or "Change" its fields are empty, and the page says why.
  const earlierGiven = Object.keys(context.draft?.identificationCode ?? {}).length > 0;
  const view = {
    ...built,
    fields: built.fields.map((field) =>
      field.kind === "identificationCode" ? { ...field, earlierGiven } : field,
    ),
  };
  const progress = { step: index + 1, total: pages.length };
  return {
    surveyTitle,
    page: view,
    text: surveyPageText(language, {
      pageTitle: view.title,
      surveyTitle,
      ...progress,
      minutes: index === 0 ? definition.estimatedMinutes : null,
    }),
    surveyText: surveyText(language, view.fields),
    values: answersAsFormValues(answers, decimalSeparator(language)),
    progress,
    canGoBack: index > 0,
    shown: pageShownStamp(page.id, pageViewer(context.draft, page.id)),
    asksForInvitation: asksForInvitation(context),
    resumeCode: context.code,
    resumeLink: context.draft ? null : `/s/${context.survey.slug}/resume`,
    welcome:
      index === 0
        ? {
            description: localize(definition.description, language),
            minutes: definition.estimatedMinutes,
            dataUse: localize(definition.dataUse, language),
          }
        : null,
  };
}

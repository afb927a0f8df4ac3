import type { ViewField } from "~/surveys/page-view";
import { textDirection } from "./text-direction";
import type { IdentificationCodeText, PageChrome, SurveyText } from "./survey-text";
import { translate } from "./translate.server";

function fieldNote(language: string, field: ViewField): string | null {
  if (field.kind === "number") {
    const { min, max, step } = field;
    return step === 1
      ? translate(language, "field.numberRange", { min, max })
      : translate(language, "field.numberRangeSteps", { min, max, step });
  }
  if (field.kind === "text") return translate(language, "field.textLimit", { max: field.maxLength });
  return null;
}

function identificationCodeText(language: string): IdentificationCodeText {
  return {
    explanation: (["code.why", "code.scrambled", "code.nobody", "code.unknownFine"] as const).map((id) =>
      translate(language, id),
    ),
    dontKnow: translate(language, "code.dontKnow"),
    chooseMonth: translate(language, "code.chooseMonth"),
    chooseNumber: translate(language, "code.chooseNumber"),
    letterHint: translate(language, "code.letterHint"),
    notShown: translate(language, "code.notShown"),
  };
}

/** The interface text the questions of a page need, in `language`. */
export function surveyText(language: string, fields: readonly ViewField[]): SurveyText {
  const fieldNotes: Record<string, string> = {};
  for (const field of fields) {
    const note = fieldNote(language, field);
    if (note !== null) fieldNotes[field.name] = note;
  }
  return {
    optional: translate(language, "field.optional"),
    errorPrefix: translate(language, "field.errorPrefix"),
    errorTitle: translate(language, "errors.title"),
    honeypot: translate(language, "field.honeypot"),
    invitationLabel: translate(language, "invitation.label"),
    invitationHint: translate(language, "invitation.hint"),
    fieldNotes,
    ...(fields.some((field) => field.kind === "identificationCode")
      ? { code: identificationCodeText(language) }
      : {}),
  };
}

/** The page's html lang and dir, skip link, navigation and footer in `language`. */
export function pageChrome(language: string): PageChrome {
  return {
    language,
    dir: textDirection(language),
    skipLink: translate(language, "site.skipLink"),
    navLabel: translate(language, "site.navLabel"),
    findings: translate(language, "site.findings"),
    lab: translate(language, "site.lab"),
    footer: translate(language, "site.footer"),
  };
}

import { localize } from "../../instrument/localized-text";
import type { ValidationMessage } from "../../instrument/page-validation";
import { translate } from "~/i18n/translate.server";

/** The page's problems (instrument/page-validation.ts gives ids and values) worded in the respondent's language. */
export function validationTexts(
  language: string,
  errors: Record<string, ValidationMessage>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([name, { id, values, texts }]) => {
      const localized = Object.fromEntries(
        Object.entries(texts ?? {}).map(([key, text]) => [key, localize(text, language)]),
      );
      return [name, translate(language, id, { ...values, ...localized })];
    }),
  );
}

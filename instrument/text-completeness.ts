import { localizedTexts } from "./localized-texts";

/** A text of the definition without a given language: where it is and its English wording. */
export type MissingText = { path: (string | number)[]; en: string };

/**
 * Every localized text of a (parsed) definition that has no wording in `language`, in definition order: titles,
 * pages, items, options, answer scales, scale and derived-variable labels. A language may be offered only when
 * this is empty, since a respondent would otherwise meet English in the middle of another language.
 *
 * Cost: O(size of the definition).
 */
export function missingTexts(definition: object, language: string): MissingText[] {
  return localizedTexts(definition)
    .filter(({ text }) => !(language in text))
    .map(({ path, text }) => ({ path, en: text.en }));
}

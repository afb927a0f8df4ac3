import type { LocalizedText } from "./localized-text";

/** A text of the definition without a given language: where it is and its English wording. */
export type MissingText = { path: (string | number)[]; en: string };

const isLocalizedText = (value: object): value is LocalizedText =>
  "en" in value && Object.values(value).every((text) => typeof text === "string");

/**
 * Every localized text of a (parsed) definition that has no wording in `language`, in definition order: titles,
 * pages, items, options, answer scales, scale and derived-variable labels. A language may be offered only when
 * this is empty, since a respondent would otherwise meet English in the middle of another language.
 *
 * Cost: O(size of the definition).
 */
export function missingTexts(definition: object, language: string): MissingText[] {
  const missing: MissingText[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((entry, index) => visit(entry, [...path, index]));
    if (typeof value !== "object" || value === null) return;
    if (isLocalizedText(value)) {
      if (!(language in value)) missing.push({ path, en: value.en });
      return;
    }
    for (const [key, entry] of Object.entries(value)) visit(entry, [...path, key]);
  };
  visit(definition, []);
  return missing;
}

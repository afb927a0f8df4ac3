import type { LocalizedText } from "./localized-text";

/** Where a text sits in a definition: keys and array indexes from the root, e.g. ["pages", 0, "title"]. */
export type TextPath = (string | number)[];

/** One localized text of a definition and where it is. */
export type TextAt = { path: TextPath; text: LocalizedText };

/** A localized text once parsed: an object with English and nothing but strings. */
export const isLocalizedText = (value: object): value is LocalizedText =>
  !Array.isArray(value) && "en" in value && Object.values(value).every((text) => typeof text === "string");

/**
 * Every localized text of a (parsed) definition, in definition order, found by its shape rather than by a list of
 * fields: titles, pages, items, options, matrix rows, units, screen-out messages, answer scales, wording variants,
 * scale and derived-variable labels. A field added to the format later is found without a change here.
 *
 * Cost: O(size of the definition).
 */
export function localizedTexts(definition: object): TextAt[] {
  const found: TextAt[] = [];
  const visit = (value: unknown, path: TextPath) => {
    if (Array.isArray(value)) return value.forEach((entry, index) => visit(entry, [...path, index]));
    if (typeof value !== "object" || value === null) return;
    if (isLocalizedText(value)) return void found.push({ path, text: value });
    for (const [key, entry] of Object.entries(value)) visit(entry, [...path, key]);
  };
  visit(definition, []);
  return found;
}

import type { InstrumentDefinition } from "./definition-schema";
import type { LocalizedText } from "./localized-text";

const isLocalizedText = (value: object): value is LocalizedText =>
  "en" in value && Object.values(value).every((text) => typeof text === "string");

/**
 * The definition with every text in `language` in the place of its English, so that everything derived from a
 * definition's source text (data columns, loader labels, codebook) can be derived in another language without a
 * second code path. A text without that language keeps its English (a listed language has every text; the
 * definition checks see to it). Codes, ids and structure are untouched.
 *
 * Cost: O(size of the definition).
 *
 * @example
 * dataColumns(definitionInLanguage(definition, "es"))[6].label; // "¿En qué medida está de acuerdo? — Me siento cansado."
 */
export function definitionInLanguage(
  definition: InstrumentDefinition,
  language: string,
): InstrumentDefinition {
  const swap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(swap);
    if (typeof value !== "object" || value === null) return value;
    if (isLocalizedText(value)) return { en: value[language] ?? value.en };
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, swap(entry)]));
  };
  return swap(definition) as InstrumentDefinition;
}

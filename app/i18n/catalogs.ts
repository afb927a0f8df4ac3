import { type MessageId, sourceCatalog } from "./catalog-en";
import { spanishCatalog } from "./catalog-es";
import type { TranslationCatalog } from "./catalog-types";

export const SOURCE_LANGUAGE = "en";

/** The translations shipped with the interface, by language tag. English is the source, not a translation. */
export const TRANSLATIONS: ReadonlyMap<string, TranslationCatalog> = new Map([["es", spanishCatalog]]);

/** The message of one id in `language`'s catalog, or undefined when that catalog lacks it. */
export function catalogMessage(language: string, id: MessageId): string | undefined {
  if (language === SOURCE_LANGUAGE) return sourceCatalog[id].message;
  return TRANSLATIONS.get(language)?.messages[id];
}

import { environment } from "~/env.server";
import { type MessageId, sourceCatalog } from "./catalog-en";
import { spanishCatalog } from "./catalog-es";
import type { TranslationCatalog } from "./catalog-types";
import { PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog } from "./pseudo-bidi";

export const SOURCE_LANGUAGE = "en";

/**
 * The translations a server carries, by language tag: the shipped ones, and with `pseudoLocales` (PSEUDO_LOCALES=1,
 * test servers only) the generated bidi pseudo-locale too. English is the source, not a translation.
 */
export function translationsFor(pseudoLocales: boolean): ReadonlyMap<string, TranslationCatalog> {
  const shipped: [string, TranslationCatalog][] = [["es", spanishCatalog]];
  return new Map(pseudoLocales ? [...shipped, [PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog()]] : shipped);
}

export const TRANSLATIONS = translationsFor(environment.PSEUDO_LOCALES);

/** The message of one id in `language`'s catalog, or undefined when that catalog lacks it. */
export function catalogMessage(language: string, id: MessageId): string | undefined {
  if (language === SOURCE_LANGUAGE) return sourceCatalog[id].message;
  return TRANSLATIONS.get(language)?.messages[id];
}

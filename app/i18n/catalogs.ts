import { environment } from "~/env.server";
import { type MessageId, sourceCatalog } from "./catalog-en";
import { type TranslationCatalog, translationCatalogSchema } from "./catalog-types";
import { PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog } from "./pseudo-bidi";
// Spanish: a DRAFT translation by the project (not reviewed by a translator). Neutral Spanish addressed with
// "usted", for respondents across Spain and Latin America.
import spanish from "./translations/es.json" with { type: "json" };

export const SOURCE_LANGUAGE = "en";

/**
 * The translations shipped with the interface, by language tag: each a JSON file in translations/ (so
 * `npm run i18n:import` can write it), listed here once. English is the source, not a translation.
 */
const SHIPPED: readonly [string, TranslationCatalog][] = [spanish].map((file) => {
  const catalog = translationCatalogSchema.parse(file);
  return [catalog.language, catalog];
});

/**
 * The translations a server carries: the shipped ones, and with `pseudoLocales` (PSEUDO_LOCALES=1, test servers
 * only) the generated bidi pseudo-locale too.
 */
export function translationsFor(pseudoLocales: boolean): ReadonlyMap<string, TranslationCatalog> {
  return new Map(pseudoLocales ? [...SHIPPED, [PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog()]] : SHIPPED);
}

export const TRANSLATIONS = translationsFor(environment.PSEUDO_LOCALES);

/** The message of one id in `language`'s catalog, or undefined when that catalog lacks it. */
export function catalogMessage(language: string, id: MessageId): string | undefined {
  if (language === SOURCE_LANGUAGE) return sourceCatalog[id].message;
  return TRANSLATIONS.get(language)?.messages[id];
}

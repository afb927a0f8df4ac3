import { type MessageId, sourceCatalog } from "./catalog-en";
import { type TranslationCatalog, translationCatalogSchema } from "./catalog-types";
// Spanish: a DRAFT translation by the project (not reviewed by a translator). Neutral Spanish addressed with
// "usted", for respondents across Spain and Latin America.
import spanish from "./translations/es.json";

export const SOURCE_LANGUAGE = "en";

/**
 * The translations shipped with the interface, by language tag. English is the source, not a translation. Each is
 * a JSON file in translations/ (so `npm run i18n:import` can write it), listed here once.
 */
export const TRANSLATIONS: ReadonlyMap<string, TranslationCatalog> = new Map(
  [spanish].map((file) => {
    const catalog = translationCatalogSchema.parse(file);
    return [catalog.language, catalog];
  }),
);

/** The message of one id in `language`'s catalog, or undefined when that catalog lacks it. */
export function catalogMessage(language: string, id: MessageId): string | undefined {
  if (language === SOURCE_LANGUAGE) return sourceCatalog[id].message;
  return TRANSLATIONS.get(language)?.messages[id];
}

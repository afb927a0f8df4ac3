import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localizedTexts } from "../../instrument/localized-texts";
import { missingTexts } from "../../instrument/text-completeness";
import { type WordingStatus, wordingStatus } from "../../instrument/translation-status";
import { sourceCatalog } from "~/i18n/catalog-en";
import { checkCatalog } from "~/i18n/catalog-check";
import type { TranslationCatalog } from "~/i18n/catalog-types";
import { SOURCE_LANGUAGE, TRANSLATIONS } from "~/i18n/catalogs";
import { offeredLanguages } from "~/i18n/offered-languages";

/** How far one language is: the survey's own texts, the interface, each scale's wording, and whether it is offered. */
export type LanguageCompleteness = {
  language: string;
  name: string;
  listed: boolean;
  definitionTexts: { translated: number; total: number };
  /** null when the interface has no catalog in this language at all. */
  interfaceTexts: {
    translated: number;
    total: number;
    status: "source" | TranslationCatalog["status"];
  } | null;
  scales: { id: string; label: string; wording: WordingStatus }[];
  offered: boolean;
  /** Why a language is not offered, in a sentence; null when it is. */
  reason: string | null;
};

const INTERFACE_TOTAL = Object.keys(sourceCatalog).length;

function interfaceTexts(language: string): LanguageCompleteness["interfaceTexts"] {
  if (language === SOURCE_LANGUAGE)
    return { translated: INTERFACE_TOTAL, total: INTERFACE_TOTAL, status: "source" };
  const catalog = TRANSLATIONS.get(language);
  if (!catalog) return null;
  const lacking = new Set(checkCatalog(language, catalog.messages).map((problem) => problem.id));
  return { translated: INTERFACE_TOTAL - lacking.size, total: INTERFACE_TOTAL, status: catalog.status };
}

function reasonNotOffered(entry: Omit<LanguageCompleteness, "reason" | "offered" | "name">): string {
  const reasons: string[] = [];
  if (!entry.listed) reasons.push("the definition does not list it in languages");
  const { definitionTexts: texts, interfaceTexts: chrome } = entry;
  if (texts.translated < texts.total)
    reasons.push(`${texts.total - texts.translated} survey texts lack a translation`);
  if (!chrome) reasons.push("the interface has no translation into it");
  else if (chrome.translated < chrome.total)
    reasons.push(`${chrome.total - chrome.translated} interface texts lack a complete translation`);
  return `Not offered: ${reasons.join("; ")}.`;
}

/**
 * Each language the definition lists or the interface has a catalog for, with how complete it is. Whether it is
 * offered comes from offeredLanguages, the very rule the survey pages apply.
 */
export function languageCompleteness(definition: InstrumentDefinition): LanguageCompleteness[] {
  const offered = offeredLanguages(definition);
  const total = localizedTexts(definition).length;
  const languages = [...new Set([...definition.languages, SOURCE_LANGUAGE, ...TRANSLATIONS.keys()])];
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  return languages.map((language) => {
    const entry = {
      language,
      listed: definition.languages.includes(language),
      definitionTexts: { translated: total - missingTexts(definition, language).length, total },
      interfaceTexts: interfaceTexts(language),
      // An unlisted language has no wording status yet (only listed languages carry one).
      scales: (definition.languages.includes(language) ? definition.scales : []).map((scale) => ({
        id: scale.id,
        label: scale.label.en,
        wording: wordingStatus(definition.translations, language, scale.id),
      })),
    };
    const isOffered = offered.includes(language);
    return {
      ...entry,
      name: names.of(language) ?? language,
      offered: isOffered,
      reason: isOffered ? null : reasonNotOffered(entry),
    };
  });
}

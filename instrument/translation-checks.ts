import type { z } from "zod";
import type { definitionObjectSchema } from "./definition-schema";
import { missingTexts } from "./text-completeness";

type Definition = z.output<typeof definitionObjectSchema>;
type Report = (message: string, path: (string | number)[]) => void;

/** How many missing texts a message names before "and N more". */
const NAMED_MISSING_TEXTS = 3;

function checkComplete(definition: Definition, language: string, index: number, report: Report) {
  const missing = missingTexts(definition, language);
  if (missing.length === 0) return;
  const named = missing
    .slice(0, NAMED_MISSING_TEXTS)
    .map((text) => `${text.path.join(".")} ("${text.en}")`)
    .join(", ");
  const more =
    missing.length > NAMED_MISSING_TEXTS ? ` and ${missing.length - NAMED_MISSING_TEXTS} more` : "";
  report(
    `languages lists "${language}", but ${missing.length} text${missing.length === 1 ? "" : "s"} ha${missing.length === 1 ? "s" : "ve"} no "${language}" wording: ${named}${more}. Translate every text, or leave "${language}" out of languages until it is complete`,
    ["languages", index],
  );
}

function checkStatuses(definition: Definition, language: string, index: number, report: Report) {
  const entry = definition.translations?.[language];
  if (!entry) {
    if (definition.scales.length > 0)
      report(
        `languages lists "${language}", but translations has no "${language}" entry: give each scale's wording status, e.g. "translations": { "${language}": { "scales": { "${definition.scales[0]!.id}": { "status": "draft" } } } }`,
        ["languages", index],
      );
    return;
  }
  for (const scale of definition.scales) {
    if (!entry.scales[scale.id])
      report(
        `no status for scale "${scale.id}" in "${language}": mark it "validated" (with the citation of the published translation) or "draft"`,
        ["translations", language, "scales"],
      );
  }
}

/**
 * Each language besides English (the source) has every text and a status for every scale's wording; a
 * translations entry names only listed languages and existing scales.
 */
export function checkTranslations(definition: Definition, report: Report): void {
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  definition.languages.forEach((language, index) => {
    if (language === "en") return;
    checkComplete(definition, language, index, report);
    checkStatuses(definition, language, index, report);
  });
  for (const [language, entry] of Object.entries(definition.translations ?? {})) {
    if (language === "en")
      report("English is the source language and needs no translations entry", ["translations", "en"]);
    else if (!definition.languages.includes(language))
      report(`translations for "${language}", which is not in languages`, ["translations", language]);
    for (const scaleId of Object.keys(entry.scales)) {
      if (!scaleIds.has(scaleId))
        report(`scale "${scaleId}" does not exist`, ["translations", language, "scales", scaleId]);
    }
  }
}

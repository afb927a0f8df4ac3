import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { wordingStatus } from "../../instrument/translation-status";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import type { AnalysisTable } from "./build-analysis-table";
import type { LanguageResult } from "./results-types";
import { scaleReliability } from "./scale-reliability";

/** The languages to report: the definition's, then any other a response was answered in, in order of appearance. */
function reportedLanguages(definition: InstrumentDefinition, table: AnalysisTable): string[] {
  const languages = [...definition.languages];
  for (const { language } of table.rows) if (!languages.includes(language)) languages.push(language);
  return languages;
}

/**
 * The analysed respondents per language, each scale's wording status in it, and Cronbach's α per scale on that
 * language's respondents alone ({@link scaleReliability}), so a draft translation that measures differently shows
 * before the languages are pooled. The small-cell rule applies to the counts, with complementary suppression
 * against the published number analysed ({@link suppressSmallCells}); a suppressed language gets no α. Null for an
 * English-only definition whose responses are all English, whose results stay as they were.
 *
 * Cost: O(n · items).
 *
 * @example
 * languageResults(definition, table, 10); // [{ language: "en", n: 212, … }, { language: "es", n: null, note: "fewer than 10" … }]
 */
export function languageResults(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  minCellSize: number,
): LanguageResult[] | null {
  const languages = reportedLanguages(definition, table);
  if (languages.length < 2) return null;
  const groups = languages.map((language) => table.rows.filter((row) => row.language === language));
  const statuses = suppressSmallCells(
    groups.map((rows) => ({ n: rows.length, margins: ["analysed"] })),
    minCellSize,
  );
  return languages.map((language, index) => {
    const rows = groups[index]!;
    const shown = statuses[index] === "shown";
    const note = `fewer than ${minCellSize} respondents in this language, or hidden so that such a count cannot be worked out from the total`;
    return {
      language,
      n: shown ? rows.length : null,
      note: shown ? null : note,
      wording: definition.scales.map((scale) => {
        const status = wordingStatus(definition.translations, language, scale.id);
        return {
          scale: scale.id,
          ...status,
          citation: status.status === "validated" ? status.citation : null,
        };
      }),
      reliability: shown ? scaleReliability(definition, { ...table, rows }, minCellSize) : [],
    };
  });
}

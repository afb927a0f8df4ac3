import type { CodebookWording } from "./codebook-types";
import type { InstrumentDefinition } from "./definition-schema";
import { wordingStatus } from "./translation-status";

/**
 * Each language's wording status per scale, for a definition in more than one language; null for an English-only
 * definition, whose codebook stays as it was before languages had a status.
 */
export function codebookWording(definition: InstrumentDefinition): CodebookWording[] | null {
  if (definition.languages.length < 2) return null;
  return definition.languages.map((language) => ({
    language,
    scales: definition.scales.map((scale) => {
      const status = wordingStatus(definition.translations, language, scale.id);
      return {
        scale: scale.id,
        status: status.status,
        citation: status.status === "validated" ? status.citation : null,
      };
    }),
  }));
}

/** The status in words, as the codebook, the exports and the methods box say it. */
export function wordingStatusText(entry: { status: string; citation: string | null }): string {
  if (entry.status === "source") return "original wording (source language)";
  if (entry.status === "validated") return `validated translation: ${entry.citation ?? ""}`;
  return "draft translation by this project, not validated";
}

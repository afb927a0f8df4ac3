import type { InstrumentDefinition } from "../instrument/definition-schema";
import { createScorer } from "../instrument/scoring";
import { type ExportColumn, exportColumns } from "./export-columns";
import { type ExportResponse, HIDDEN_TEXT_MARKER, type WideCsvOptions } from "./export-types";
import { recodeValue } from "../analysis/disclosure";

export type ExportCell = string | number | null;

function hiddenKey(responseId: string, itemId: string): string {
  return `${responseId}\u0000${itemId}`;
}

/** Cells emptied in a locally suppressed row: every quasi-identifier and every score computed from one. */
function isLocallySuppressed(source: ExportColumn["source"]): boolean {
  if (source.kind === "answer" || source.kind === "option") return Boolean(source.field.item.quasiIdentifier);
  return source.kind !== "meta" && source.locallySuppressed;
}

/**
 * The wide table behind responses.csv: the columns (exportColumns) and one row of cell values
 * per response, in the order given. Numbers stay numbers and text stays text, so the CSV writer
 * can tell them apart; null is an empty cell (unseen, unanswered, missing score, suppressed).
 * Scores come from the instrument's own scorer (createScorer), so they match the app and the
 * analysis. Line breaks in free text become spaces, because SPSS reads one case per line even
 * inside quotes. Responses the coarsening suppresses locally keep their row with every
 * quasi-identifier (and every score computed from one) empty. Cost: O(responses × columns).
 */
export function exportRows(
  definition: InstrumentDefinition,
  responses: readonly ExportResponse[],
  options: WideCsvOptions,
): { columns: ExportColumn[]; rows: ExportCell[][] } {
  const columns = exportColumns(definition, options.coarsen);
  const score = createScorer(definition);
  const hidden = new Set(options.hiddenTexts.map((entry) => hiddenKey(entry.responseId, entry.itemId)));
  const blanked = new Set(options.coarsen?.suppressedResponses ?? []);
  const rows = responses.map((response) => {
    const scores = score(response.answers);
    const local = blanked.has(response.id);
    return columns.map((column): ExportCell => {
      const { source } = column;
      if (local && isLocallySuppressed(source)) return null;
      switch (source.kind) {
        case "meta":
          switch (source.key) {
            case "response_id":
              return response.id;
            case "instrument_version":
              return response.instrumentVersion;
            case "submitted_on":
              return response.submittedOn;
            case "duration_seconds":
              return response.durationSeconds;
            case "excluded":
              return response.exclusions.length > 0 ? [...response.exclusions].sort().join(";") : null;
            case "is_synthetic":
              return response.isSynthetic ? 1 : 0;
          }
          break;
        case "option": {
          const value = response.answers[source.field.id];
          if (!Array.isArray(value) || source.recode) return null;
          return value.includes(source.code) ? 1 : 0;
        }
        case "answer": {
          const value = response.answers[source.field.id];
          if (source.field.item.type === "text" && typeof value === "string" && value !== "") {
            if (source.recode) return null;
            if (hidden.has(hiddenKey(response.id, source.field.id))) return HIDDEN_TEXT_MARKER;
            // SPSS reads one case per line, even inside quotes: line breaks become spaces.
            return value.replace(/\r\n|\r|\n/g, " ");
          }
          if (source.field.item.type === "text") return null;
          return typeof value === "number" ? recodeValue(value, source.recode) : null;
        }
        case "scale":
        case "derived":
          return source.suppressed ? null : (scores[source.id] ?? null);
      }
      return null;
    });
  });
  return { columns, rows };
}

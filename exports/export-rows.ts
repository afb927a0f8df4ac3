import type { InstrumentDefinition } from "../instrument/definition-schema";
import { type MissingReason, missingCodeOf, missingCodes, roundScore } from "../instrument/missing-codes";
import { createScorer, type Scores } from "../instrument/scoring";
import { type ExportColumn, exportColumns } from "./export-columns";
import { type ExportResponse, HIDDEN_TEXT_MARKER, type WideCsvOptions } from "./export-types";
import { answerMissingReason, createScoreMissingReasons } from "./missing-reasons";
import { LANGUAGE_QUASI_IDENTIFIER, recodeValue } from "../analysis/disclosure";

export type ExportCell = string | number | null;

function hiddenKey(responseId: string, itemId: string): string {
  return `${responseId}\u0000${itemId}`;
}

/**
 * Cells emptied in a locally suppressed row: every quasi-identifier (the language column among them: it exists
 * only in a survey offered in several languages, where it is one) and every score computed from one.
 */
function isLocallySuppressed(source: ExportColumn["source"]): boolean {
  if (source.kind === "answer" || source.kind === "option") return Boolean(source.field.item.quasiIdentifier);
  if (source.kind === "meta") return source.key === "language";
  return source.locallySuppressed;
}

/** What one row's cells are read from: the response, its scores, why scores are missing, and the codes. */
type RowContext = {
  response: ExportResponse;
  scores: Scores;
  scoreReasons: Record<string, MissingReason>;
  code: Record<MissingReason, number>;
  hidden: ReadonlySet<string>;
  /** The coarsening leaves the language out (a rare language singled people out). */
  languageLeftOut: boolean;
};

function metaCell(
  key: Extract<ExportColumn["source"], { kind: "meta" }>["key"],
  response: ExportResponse,
  languageLeftOut: boolean,
) {
  switch (key) {
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
    case "language":
      return languageLeftOut ? null : (response.language ?? "en");
  }
}

/** An answer's cell: its code, number or text; a missing-data code when absent (empty for text and suppressed). */
function answerCell(source: Extract<ExportColumn["source"], { kind: "answer" | "option" }>, row: RowContext) {
  const { field } = source;
  const value = row.response.answers[field.id];
  // An empty list is an answer to a multiple-choice question (nothing selected): 0 in every option column.
  const absent = value === undefined || value === null || value === "";
  if (field.item.type === "text") {
    if (absent || typeof value !== "string" || source.recode) return null;
    if (row.hidden.has(hiddenKey(row.response.id, field.id))) return HIDDEN_TEXT_MARKER;
    // SPSS reads one case per line, even inside quotes: line breaks become spaces.
    return value.replace(/\r\n|\r|\n/g, " ");
  }
  if (source.recode?.kind === "suppress" || (source.kind === "option" && source.recode)) return null;
  if (absent) return row.code[answerMissingReason(field, row.response.answers)];
  if (source.kind === "option") return Array.isArray(value) && value.includes(source.code) ? 1 : 0;
  return typeof value === "number" ? recodeValue(value, source.recode) : null;
}

function cellOf(column: ExportColumn, row: RowContext): ExportCell {
  const { source } = column;
  switch (source.kind) {
    case "meta":
      return metaCell(source.key, row.response, row.languageLeftOut);
    case "answer":
    case "option":
      return answerCell(source, row);
    default: {
      if (source.suppressed) return null;
      const score = row.scores[source.id];
      if (score !== null && score !== undefined) return roundScore(score);
      return row.code[row.scoreReasons[source.id] ?? "not-computable"];
    }
  }
}

/**
 * The wide table behind responses.csv: the columns (exportColumns) and one row of cell values
 * per response, in the order given. Numbers stay numbers and text stays text, so the CSV writer
 * can tell them apart. An absent answer or score is written as the missing-data code of its reason
 * (missingCodes: not shown by branching, shown and skipped, no score); free text that is absent,
 * and every cell disclosure control suppresses, stay empty (null). Scores come from the
 * instrument's own scorer (createScorer), so they match the app and the analysis, rounded to
 * SCORE_DECIMALS. Line breaks in free text become spaces, because SPSS reads one case per line
 * even inside quotes. Responses the coarsening suppresses locally keep their row with every
 * quasi-identifier (and every score computed from one) empty. Cost: O(responses × columns).
 */
export function exportRows(
  definition: InstrumentDefinition,
  responses: readonly ExportResponse[],
  options: WideCsvOptions,
): { columns: ExportColumn[]; rows: ExportCell[][] } {
  const columns = exportColumns(definition, options.coarsen);
  const score = createScorer(definition);
  const scoreReasonsOf = createScoreMissingReasons(definition);
  const code = missingCodeOf(missingCodes(definition));
  const hidden = new Set(options.hiddenTexts.map((entry) => hiddenKey(entry.responseId, entry.itemId)));
  const blanked = new Set(options.coarsen?.suppressedResponses ?? []);
  const languageLeftOut = options.coarsen?.recodes[LANGUAGE_QUASI_IDENTIFIER]?.kind === "suppress";
  const rows = responses.map((response) => {
    const scores = score(response.answers);
    const row: RowContext = {
      response,
      scores,
      scoreReasons: scoreReasonsOf(response.answers, scores),
      code,
      hidden,
      languageLeftOut,
    };
    const local = blanked.has(response.id);
    return columns.map((column) =>
      local && isLocallySuppressed(column.source) ? null : cellOf(column, row),
    );
  });
  return { columns, rows };
}

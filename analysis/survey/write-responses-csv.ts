import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { csvRecords } from "../../instrument/encode/csv";
import { CSV_REASON_SEPARATOR, CSV_RESPONSE_COLUMNS, csvAnswerColumns } from "./csv-columns";
import type { SurveyResponseInput } from "./survey-options";

/**
 * Writes responses as the responses CSV that {@link readResponsesCsv} reads: a header row, then one row per
 * response with `response_id`, `duration_seconds`, `excluded` (empty, or reasons joined by ";") and the answer
 * columns of {@link csvAnswerColumns} — codes and numbers as written, a multiple-choice answer as 0/1 per option,
 * text as text; a missing answer is an empty cell. Written by the project's one CSV writer (`csvRecords`: RFC
 * 4180 quoting, CRLF line ends, text that would start a formula gets a leading ', as in the lab's export).
 *
 * Cost: O(n · columns).
 *
 * @example
 * const csv = writeResponsesCsv(definition, [{ id: "r1", answers: { years_support: 4 }, durationSeconds: 300 }]);
 */
export function writeResponsesCsv(
  definition: InstrumentDefinition,
  responses: readonly SurveyResponseInput[],
): string {
  const columns = csvAnswerColumns(definition);
  const header = [...CSV_RESPONSE_COLUMNS, ...columns.map((c) => c.name)];
  const rows = responses.map((response) => [
    response.id,
    typeof response.durationSeconds === "number" ? response.durationSeconds : null,
    (response.excluded ?? []).map((e) => e.reason).join(CSV_REASON_SEPARATOR),
    ...columns.map(({ field, code }) => {
      const value = response.answers[field.id];
      if (code !== null) return Array.isArray(value) ? (value.includes(code) ? 1 : 0) : null;
      return typeof value === "number" || typeof value === "string" ? value : null;
    }),
  ]);
  return csvRecords([header, ...rows]);
}

import type { InstrumentDefinition } from "../instrument/definition-schema";
import { csvRecords } from "../instrument/encode/csv";
import type { ExportResponse, WideCsvOptions } from "./export-types";
import { exportRows } from "./export-rows";

/**
 * responses.csv: a header row of column names, then one row per response (UTF-8, no byte-order
 * mark, CRLF line ends, RFC 4180 quoting, text cells escaped against formula injection). The
 * columns are exportColumns': response_id, instrument_version, submitted_on, duration_seconds,
 * excluded, is_synthetic, every variable in definition order with numeric codes (multiple choice
 * as `<item>_<code>` 0/1 columns; hidden free text as "[hidden by researcher]"; unseen or
 * unanswered empty), then scale scores and derived variables. With `coarsen`, quasi-identifiers
 * are banded, merged or suppressed as the plan says.
 *
 * Cost: O(responses × columns).
 */
export function wideCsv(
  definition: InstrumentDefinition,
  responses: readonly ExportResponse[],
  options: WideCsvOptions,
): string {
  const { columns, rows } = exportRows(definition, responses, options);
  return csvRecords([columns.map((column) => column.name), ...rows]);
}

import type { InstrumentDefinition } from "../instrument/definition-schema";
import { csvRecords } from "../instrument/encode/csv";
import type { ExportColumn } from "./export-columns";
import type { ExportResponse, WideCsvOptions } from "./export-types";
import { type ExportCell, exportRows } from "./export-rows";

/** A cell as people read it: a code's value label, a missing-data code's reason; anything else as it is. */
function labelled(column: ExportColumn, cell: ExportCell): ExportCell {
  if (typeof cell !== "number") return cell;
  const reason = column.reasonCodes.find((entry) => entry.code === cell);
  if (reason) return `[${reason.label}]`;
  return column.valueLabels?.find((entry) => entry.code === cell)?.label ?? cell;
}

/**
 * responses-labelled.csv: the same columns and rows as responses.csv (wideCsv), for reading in a spreadsheet
 * rather than loading into R, SPSS or Stata: every coded answer is its option label instead of its code
 * (multiple-choice columns read "selected" / "not selected"), and every missing-data code is its reason in
 * brackets ("[Not shown (routed past by branching)]"). Numbers, scores and free text are as in
 * responses.csv. Labels go through the same CSV writer (quoting, formula-injection guard).
 *
 * Cost: O(responses × columns).
 */
export function labelledCsv(
  definition: InstrumentDefinition,
  responses: readonly ExportResponse[],
  options: WideCsvOptions,
): string {
  const { columns, rows } = exportRows(definition, responses, options);
  return csvRecords([
    columns.map((column) => column.name),
    ...rows.map((row) => row.map((cell, index) => labelled(columns[index]!, cell))),
  ]);
}

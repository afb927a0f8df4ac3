import { alignDecimals, csvRecords } from "../../instrument/encode/csv";
import type { ChartTable } from "../charts/chart-types";

/**
 * A chart's data table as CSV for download: a header of the column labels (with their units in brackets), then
 * one row per table row; a hidden cell (null) is left empty; each numeric column with one number of decimals, at
 * most 4 (`alignDecimals`: no 45.833333333333336, no exponent form). Written by the project's one CSV writer
 * (`csvRecords`: RFC 4180 quoting, CRLF line ends, text that would start a formula gets a leading ').
 *
 * Cost: O(rows · columns).
 *
 * @example
 * chartTableCsv(chart.table); // "Institutional support,Years in support,n,…\r\nLow,0–2 years,64,…\r\n"
 */
export function chartTableCsv(table: ChartTable): string {
  const header = table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label));
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key]));
  return csvRecords([header, ...alignDecimals(rows)]);
}

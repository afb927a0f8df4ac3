import Papa from "papaparse";
import type { ChartTable } from "../charts/chart-types";

/**
 * A chart's data table as CSV for download: a header of the column labels (with their units in brackets), then
 * one row per table row; a hidden cell (null) is left empty. RFC 4180 quoting (papaparse), "\n" line ends.
 *
 * Cost: O(rows · columns).
 *
 * @example
 * chartTableCsv(chart.table); // "Institutional support,Years in support,n,…\nLow,0–2 years,64,…\n"
 */
export function chartTableCsv(table: ChartTable): string {
  const header = table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label));
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ""));
  return Papa.unparse([header, ...rows], { newline: "\n" }) + "\n";
}

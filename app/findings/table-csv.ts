import type { SnapshotTable } from "./finding-snapshot";

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Spreadsheets run cells starting with = + - @ as formulas; numbers are written as they are.
  const safe = typeof value === "string" && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** An aggregate table as RFC 4180 CSV, with column labels (and units) as the header. */
export function tableCsv(table: SnapshotTable): string {
  const header = table.columns.map((column) => csvCell(column.key));
  const rows = table.rows.map((row) => table.columns.map((column) => csvCell(row[column.key])).join(","));
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

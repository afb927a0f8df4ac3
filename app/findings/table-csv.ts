import { csvRecords } from "../../instrument/encode/csv";
import type { SnapshotTable } from "./finding-snapshot";

/** An aggregate table as CSV (the project's one writer: RFC 4180, CRLF, formula guard), column keys as the header. */
export function tableCsv(table: SnapshotTable): string {
  return csvRecords([
    table.columns.map((column) => column.key),
    ...table.rows.map((row) => table.columns.map((column) => row[column.key])),
  ]);
}

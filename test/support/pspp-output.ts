import Papa from "papaparse";

/**
 * The rows of one table in PSPP's CSV output (`pspp file.sps -o out.csv`): tables follow a
 * "Table: <title>" line and a header row, and end at a blank line. Cells are exact (CSV-quoted).
 */
export function psppTable(output: string, title: string): string[][] {
  const start = output.indexOf(`Table: ${title}\n`);
  if (start < 0) throw new Error(`no table "${title}" in the PSPP output`);
  const body = output.slice(start + `Table: ${title}\n`.length);
  const end = body.search(/\n\n|\nTable: /);
  const rows = Papa.parse<string[]>(end < 0 ? body : body.slice(0, end + 1), { skipEmptyLines: true }).data;
  return rows.slice(1);
}

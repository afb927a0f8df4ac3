import { alignDecimals, csvCell, type CsvValue } from "../../instrument/encode/csv";

/** The most decimals a table's number is written with: the tables round before this; it only stops binary noise. */
const TABLE_MAX_DECIMALS = 6;
import { type DownloadProvenance, sourceLine, syntheticNotice } from "./download-provenance";
import type { SnapshotTable } from "./finding-snapshot";

/** A column of a table as downloaded: its CSV name, its label, and whether it holds numbers. */
export interface CsvColumn {
  name: string;
  title: string;
  type: "number" | "string";
  unit?: string;
}

// A confidence interval the page shows as text, e.g. "-0.047 to -0.022" (ASCII or Unicode minus).
const INTERVAL = /^([-−]?\d+(?:\.\d+)?) to ([-−]?\d+(?:\.\d+)?)$/;
const toNumber = (text: string) => Number(text.replace("−", "-"));
const snakeCase = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

const isInterval = (table: SnapshotTable, key: string) =>
  table.rows.some((row) => row[key] !== null && row[key] !== undefined) &&
  table.rows.every((row) => row[key] === null || row[key] === undefined || INTERVAL.test(String(row[key])));

// The table's one CI column is written ci_low, ci_high; with two, or a ci_low already there, each keeps its key.
const CI_KEY = /^ci\d*$/;
const plainCi = (table: SnapshotTable, key: string) =>
  CI_KEY.test(key) &&
  !table.columns.some(
    (other) => other.key !== key && (CI_KEY.test(other.key) || /^ci_(low|high)$/.test(snakeCase(other.key))),
  );

const isNumeric = (table: SnapshotTable, key: string) =>
  table.rows.every((row) => row[key] === null || row[key] === undefined || typeof row[key] === "number");

/**
 * A snapshot table as its CSV has it: snake_case column names, and every confidence-interval column (text such as
 * "-0.047 to -0.022" on the page) split into two numeric columns, `<name>_low` and `<name>_high` (`ci_low`,
 * `ci_high` for the table's only CI column named ci, ci95 or ci90), so statistics packages read bounds as numbers.
 */
export function csvTable(table: SnapshotTable): { columns: CsvColumn[]; rows: CsvValue[][] } {
  const parts = table.columns.map((column) => {
    const name = plainCi(table, column.key) ? "ci" : snakeCase(column.key);
    const unit = column.unit ? { unit: column.unit } : {};
    if (!isInterval(table, column.key)) {
      const type = isNumeric(table, column.key) ? ("number" as const) : ("string" as const);
      return { columns: [{ name, title: column.label, type, ...unit }], cells: (v: CsvValue) => [v] };
    }
    const bound = (v: CsvValue, i: 1 | 2) =>
      v === null || v === undefined ? null : toNumber(INTERVAL.exec(String(v))![i]!);
    return {
      columns: [
        { name: `${name}_low`, title: `${column.label}, lower bound`, type: "number" as const, ...unit },
        { name: `${name}_high`, title: `${column.label}, upper bound`, type: "number" as const, ...unit },
      ],
      cells: (v: CsvValue) => [bound(v, 1), bound(v, 2)],
    };
  });
  return {
    columns: parts.flatMap((part) => part.columns),
    rows: table.rows.map((row) => table.columns.flatMap((column, i) => parts[i]!.cells(row[column.key]))),
  };
}

// Every line terminator a reader might honour (LF, CR, VT, FF, NEL, LS, PS): a title cannot start a data row.
const oneLine = (text: string) => text.replace(/[\n\r\v\f\u0085\u2028\u2029]+/g, " ");

/**
 * An aggregate table as CSV (the project's one writer: RFC 4180, CRLF, formula guard) after `#` comment lines
 * giving its provenance: the source line (project, finding, version, permalink, licence), the synthetic-data
 * notice when it applies, and how to read the file (R `read.csv(f, comment.char = "#")`, pandas
 * `read_csv(f, comment="#")`). Data cells holding `#` are quoted so that those readers keep them whole. Every
 * numeric column is written with one number of decimals (`alignDecimals`): 0.90 beside 0.89, never 0.9.
 */
export function tableCsv(table: SnapshotTable, provenance: DownloadProvenance): string {
  const { columns, rows } = csvTable(table);
  const comments = [
    sourceLine(provenance),
    ...(provenance.isSynthetic ? [syntheticNotice] : []),
    `Table: ${table.title}. Lines starting with # are comments: R read.csv(f, comment.char = "#"), ` +
      `pandas read_csv(f, comment="#").`,
  ].map((line) => `# ${oneLine(line)}\r\n`);
  // csvCell quotes text with a quote in it, so an unquoted field has none to double.
  const field = (value: CsvValue) => {
    const cell = csvCell(value);
    return cell.includes("#") && !cell.startsWith('"') ? `"${cell}"` : cell;
  };
  // Each numeric column with one number of decimals (α 0.90 beside 0.89); the page has rounded them already.
  const aligned = alignDecimals(rows, TABLE_MAX_DECIMALS);
  const records = [columns.map((column) => column.name), ...aligned].map(
    (r) => `${r.map(field).join(",")}\r\n`,
  );
  return comments.join("") + records.join("");
}

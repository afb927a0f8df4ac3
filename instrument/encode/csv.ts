import { wellFormed } from "./plain-text";

/** A number to be written with exactly `decimals` decimals ("0.90"), so that a column's values line up. */
export type FixedNumber = { fixed: number; decimals: number };

/** A value a CSV cell can hold: text, a finite number (possibly with fixed decimals), or nothing (an empty cell). */
export type CsvValue = string | number | FixedNumber | null | undefined;

/** RFC 4180's record separator, after every record including the last. */
const CRLF = "\r\n";

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV Injection"): a leading = + - @, tab, CR or
 * LF, or the full-width ＝ ＋ － ＠ that some spreadsheet locales also take as a formula start.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV field as RFC 4180 writes it: numbers in JavaScript's shortest round-trip form, text
 * quoted (doubling inner quotes) when it holds a comma, quote, CR or LF, null or undefined as an
 * empty field, lone surrogates as U+FFFD. Text that would start a formula gets a leading
 * apostrophe. Only text is escaped — numbers (a negative score) are data the writer itself
 * produced, and escaping them would break every statistics package that reads the file.
 *
 * @throws Error for a number that is not finite (NaN or ±Infinity cannot be written to a CSV)
 * @example
 * csvCell('He said "no", then left') // '"He said ""no"", then left"'
 * csvCell("=HYPERLINK(…)")           // "'=HYPERLINK(…)"
 * csvCell(-3)                        // "-3"
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (!Number.isFinite(value.fixed)) throw new Error(`csvCell requires finite numbers, got ${value.fixed}`);
    const text = value.fixed.toFixed(value.decimals);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`csvCell requires finite numbers, got ${value}`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${wellFormed(value)}` : wellFormed(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The one CSV writer of the project: records of cells ({@link csvCell}) joined by commas, each
 * record ended by CRLF, UTF-8 without a byte-order mark (the data package descriptors say
 * "utf-8", R, Stata, SPSS and papaparse read it as is; a BOM would become part of the first
 * column's name for some of them).
 *
 * Cost: O(total characters).
 *
 * @example
 * csvRecords([["id", "label"], [1, "=1+1"]]) // "id,label\r\n1,'=1+1\r\n"
 */
export function csvRecords(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => `${record.map(csvCell).join(",")}${CRLF}`).join("");
}

/** Decimals a number is written with in JavaScript's shortest form (45.83 → 2; 1e-7 → 7; integers → 0). */
function decimalsOf(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * Rows whose numeric columns line up: every column that holds only numbers (and empty cells) is written with the
 * same number of decimals — the most any of its values has, at most `maxDecimals` — so Cronbach's α reads 0.90
 * beside 0.89, not 0.9, and binary noise (45.833333333333336) or exponent form (1e-7) never reaches the file.
 * Columns of whole numbers, and columns with any text, are left as they are.
 *
 * Cost: O(rows · columns).
 *
 * @example
 * alignDecimals([[0.9, "a"], [0.89, "b"]]) // [[{ fixed: 0.9, decimals: 2 }, "a"], [{ fixed: 0.89, decimals: 2 }, "b"]]
 */
export function alignDecimals(rows: readonly (readonly CsvValue[])[], maxDecimals = 4): CsvValue[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const decimals = Array.from({ length: width }, (_, column) => {
    const cells = rows.map((row) => row[column]).filter((cell) => cell !== null && cell !== undefined);
    if (cells.length === 0 || !cells.every((cell) => typeof cell === "number")) return 0;
    return Math.min(maxDecimals, Math.max(...cells.map((cell) => decimalsOf(cell as number))));
  });
  return rows.map((row) =>
    row.map((cell, column) =>
      typeof cell === "number" && (decimals[column] ?? 0) > 0
        ? { fixed: cell, decimals: decimals[column]! }
        : cell,
    ),
  );
}

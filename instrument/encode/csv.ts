import { wellFormed } from "./plain-text";

/** A value a CSV cell can hold: text, a finite number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

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

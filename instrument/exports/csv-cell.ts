/**
 * One CSV field as RFC 4180 writes it: numbers in JavaScript's shortest round-trip form, text
 * quoted (doubling inner quotes) when it holds a comma, quote, CR or LF, null as an empty field.
 *
 * Formula injection (OWASP "CSV Injection"): spreadsheet programs run text that starts with
 * = + - @, tab or carriage return as a formula, so such text gets a leading apostrophe. Only
 * text is escaped — numbers (e.g. a negative derived score) are data the export itself wrote, and
 * escaping them would break every statistics package that reads the file.
 *
 * @throws Error for a number that is not finite (NaN or ±Infinity cannot be written to the CSV)
 * @example
 * csvCell('He said "no", then left') // '"He said ""no"", then left"'
 * csvCell("=HYPERLINK(…)")           // "'=HYPERLINK(…)"
 * csvCell(-3)                        // "-3"
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`csvCell requires finite numbers, got ${value}`);
    return String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, csvRecords, wellFormed } from "../../../../instrument/encode";
import { hostileTexts } from "../../../fixtures/hostile-text";

const texts = hostileTexts("/tmp/CANARY");

describe("csvCell", () => {
  it("quotes text with commas, quotes or line breaks (RFC 4180) and leaves plain text and numbers alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('He said "no", then left')).toBe('"He said ""no"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(0.1 + 0.2)).toBe("0.30000000000000004");
  });

  it("escapes text a spreadsheet would run as a formula, full-width starts included, but not numbers", () => {
    for (const text of [
      "=1+1",
      "+SUM(A1)",
      "-2+3",
      "@cmd",
      "\tx",
      "\rx",
      "\nx",
      "＝1+1",
      "＋1",
      "－1",
      "＠x",
    ])
      expect(csvCell(text).replace(/^"/, ""), JSON.stringify(text)).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(" =1")).toBe(" =1");
    expect(csvCell(-3)).toBe("-3");
  });

  it("refuses numbers a CSV cannot hold", () => {
    expect(() => csvCell(Number.NaN)).toThrow("csvCell requires finite numbers");
    expect(() => csvCell(Number.POSITIVE_INFINITY)).toThrow("csvCell requires finite numbers");
  });
});

describe("csvRecords", () => {
  it("ends every record with CRLF, writes no byte-order mark, and reads back cell for cell", () => {
    const records = [["text", "number"], ...texts.map((text, index) => [text, index - 3])];
    const csv = csvRecords(records);
    expect(csv.startsWith("text,number\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { newline: "\r\n", skipEmptyLines: true }).data;
    const guarded = (text: string) =>
      /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/.test(text) ? `'${text}` : text;
    expect(parsed).toEqual([
      ["text", "number"],
      ...texts.map((text, index) => [guarded(wellFormed(text)), String(index - 3)]),
    ]);
  });
});

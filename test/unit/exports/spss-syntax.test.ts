import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportColumns, spssSyntax, wideCsv } from "../../../exports";
import { exportInstrument, exportResponse } from "../../fixtures/export-instrument";

// SPSS itself is not available here; GNU PSPP reads the same syntax and runs it when installed.
const hasPspp = spawnSync("pspp", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "ns-load-sps-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const syntax = spssSyntax(exportInstrument, { csvFileName: "export-test-v1-responses.csv" });
const columns = exportColumns(exportInstrument);
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Reads an SPSS string expression at the start of `text`: 'a' + 'b''c' → "ab'c". */
function readString(text: string): { value: string; rest: string } {
  let rest = text.trimStart();
  let value = "";
  for (;;) {
    const match = /^'((?:[^']|'')*)'/.exec(rest);
    if (!match) throw new Error(`no SPSS string at: ${rest.slice(0, 40)}`);
    value += match[1]!.replace(/''/g, "'");
    rest = rest.slice(match[0].length);
    const plus = /^\s*\+\s*/.exec(rest);
    if (!plus) return { value, rest };
    rest = rest.slice(plus[0].length);
  }
}

describe("spssSyntax", () => {
  it("declares itself UTF-8 and reads the CSV with one format per column, in CSV order", () => {
    expect(syntax.startsWith("\uFEFF* Encoding: UTF-8.\n")).toBe(true);
    expect(syntax).toContain("/FILE='export-test-v1-responses.csv'");
    const block = syntax.slice(
      syntax.indexOf("/VARIABLES=") + "/VARIABLES=".length,
      syntax.indexOf("DATASET NAME"),
    );
    const declared = block
      .trim()
      .split("\n")
      .map((line) => line.trim().split(" "));
    expect(declared.map(([name]) => name)).toEqual(
      columns.map((column) => (column.name === "with" ? "with_v" : column.name)),
    );
    expect(declared.at(-1)?.[1]?.endsWith(".")).toBe(true);
    expect(Object.fromEntries(declared.slice(0, 6))).toEqual({
      response_id: "A256",
      instrument_version: "F12.0",
      submitted_on: "SDATE10",
      duration_seconds: "F12.0",
      excluded: "A800",
      is_synthetic: "F1.0",
    });
  });

  it("writes variable labels within 256 bytes and value labels within 120, apostrophes doubled", () => {
    const labels = syntax.slice(syntax.indexOf("VARIABLE LABELS") + 15, syntax.indexOf("VALUE LABELS"));
    let rest = labels;
    const found: Record<string, string> = {};
    while (rest.trim() !== ".") {
      const name = /^\s*\/?(\w+)\s+/.exec(rest);
      if (!name) break;
      const { value, rest: after } = readString(rest.slice(name[0].length));
      found[name[1]!] = value;
      rest = after;
    }
    expect(Object.keys(found)).toHaveLength(columns.length);
    expect(Math.max(...Object.values(found).map(bytes))).toBeLessThanOrEqual(256);
    expect(found.years?.endsWith("...")).toBe(true);
    expect(found.region).toBe("Région (où vous travaillez)");
    const value = /\n {4}99 ('.*)/.exec(syntax.slice(syntax.indexOf("  /region\n")))?.[1] ?? "";
    expect(readString(value).value).toBe(`Don't say — 'quoted' "twice" $HOME \`x'`);
    for (const line of syntax.split("\n")) expect(bytes(line)).toBeLessThanOrEqual(256);
  });

  it("declares codes that are missing for scoring and the missing-data codes as user-missing, and measurement levels", () => {
    // "Prefer not to say" (9) and "Don't know" (9) sit above the valid codes 1–3 and 1–5: one range up to HI.
    expect(syntax).toContain("MISSING VALUES role (9 THRU HI).");
    expect(syntax).toContain("MISSING VALUES recovery (9 THRU HI).");
    expect(syntax).toContain("MISSING VALUES years (997 THRU HI).");
    expect(syntax).toContain("MISSING VALUES strain_score (997 THRU HI).");
    expect(syntax).not.toMatch(/MISSING VALUES (protect|response_id|excluded)\b/);
    expect(syntax).toContain("* Code 997 (user-missing): Not shown (routed past by branching).");
    expect(syntax).toMatch(
      / {2}\/since_left\n {4}997 'Not shown \(routed past by branching\)'\n {4}999 'Shown, not answered'/,
    );
    expect(syntax).toMatch(/VARIABLE LEVEL [^\n]*\bb1\b[^\n]*\(ORDINAL\)\./);
    expect(syntax).toMatch(/VARIABLE LEVEL [^\n]*\byears\b[^\n]*\(SCALE\)\./);
    expect(syntax.trimEnd().endsWith("EXECUTE.")).toBe(true);
  });

  it.skipIf(!hasPspp)(
    hasPspp
      ? "runs in GNU PSPP and loads the labelled data"
      : "runs in GNU PSPP (skipped: pspp is not installed)",
    () => {
      const responses = [
        exportResponse(
          "r1",
          { consent: 1, adult: 1, years: 12.5, role: 3, region: 99, protect: 'Don\'t, "no"' },
          { exclusions: ["manual"] },
        ),
        // r2: role "Prefer not to say" (9), b2 shown and skipped (999), the leavers' page not shown (997),
        // too few strain items for a score (998).
        exportResponse("r2", { consent: 1, adult: 1, years: 2, role: 9, region: 1, b1: 2 }),
      ];
      writeFileSync(
        path.join(folder, "export-test-v1-responses.csv"),
        wideCsv(exportInstrument, responses, { hiddenTexts: [] }),
      );
      writeFileSync(path.join(folder, "load.sps"), syntax);
      writeFileSync(
        path.join(folder, "probe.sps"),
        [
          "INCLUDE FILE='load.sps'.",
          "LIST /VARIABLES=response_id excluded years role region protect.",
          "DISPLAY DICTIONARY /VARIABLES=region role.",
          // MISSING() is true for user-missing and system-missing values alike.
          "COMPUTE m_role = MISSING(role).",
          "COMPUTE m_b2 = MISSING(b2).",
          "COMPUTE m_left = MISSING(since_left).",
          "COMPUTE m_strain = MISSING(strain_score).",
          "COMPUTE m_years = MISSING(years).",
          "FORMATS m_role m_b2 m_left m_strain m_years (F1.0).",
          "LIST /VARIABLES=response_id b2 since_left strain_score m_role m_b2 m_left m_strain m_years.",
          "DESCRIPTIVES /VARIABLES=since_left b2 strain_score /STATISTICS=MEAN MAX.",
          "",
        ].join("\n"),
      );
      const output = execFileSync("pspp", ["-O", "format=txt", "-O", "width=200", "probe.sps"], {
        cwd: folder,
        encoding: "utf8",
      });
      expect(output).not.toMatch(/error|warning/i);
      expect(output).toMatch(/r1\s*\|manual\s*\|\s*12\.50?\s*\|\s*3\|\s*99\|Don't, "no"/);
      expect(output).toContain("Région (où vous travaillez)");
      expect(output).toContain("Prefer not to say");
      // The codes are kept as values but read as missing: r2 is missing on role (9), b2, since_left and the score.
      expect(output).toMatch(
        /r2\s*\|\s*999\s*\|\s*997\s*\|\s*998(\.00)?\s*\|\s*1\s*\|\s*1\s*\|\s*1\s*\|\s*1\s*\|\s*0\s*(\||\n)/,
      );
      expect(output).toMatch(
        /r1\s*\|\s*999\s*\|\s*999\s*\|\s*998(\.00)?\s*\|\s*0\s*\|\s*1\s*\|\s*1\s*\|\s*1\s*\|\s*0\s*(\||\n)/,
      );
      // No code enters a statistic: DESCRIPTIVES finds no valid case for since_left, b2 or the score.
      const descriptives = output.slice(output.indexOf("Descriptive Statistics"));
      expect(descriptives).not.toMatch(/99[789]/);
    },
    30_000,
  );
});

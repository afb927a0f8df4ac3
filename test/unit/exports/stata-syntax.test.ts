import { describe, expect, it } from "vitest";
import { exportColumns, stataSyntax, truncateLabel } from "../../../exports";
import { exportInstrument } from "../../fixtures/export-instrument";

// Stata is not available here: these tests check the do-file against Stata's documented rules
// (names ≤ 32 characters and not reserved, variable labels ≤ 80 characters, compound quotes
// `"…"' in which $ and ` must be escaped to stop macro expansion).
const syntax = stataSyntax(exportInstrument, { csvFileName: "x-responses.csv" });
const columns = exportColumns(exportInstrument);
const lines = syntax.split("\n");

/** The text Stata sees inside a compound-quoted string: the escapes undone. */
function compoundStrings(line: string): string[] {
  return [...line.matchAll(/`"(.*?)"'(?= |,|$)/g)].map((match) => match[1]!.replace(/\\([$`\\])/g, "$1"));
}

describe("stataSyntax", () => {
  it("imports the CSV by position and renames every column, in order, to a valid Stata name", () => {
    expect(syntax).toMatch(
      /^import delimited using `"x-responses\.csv"', clear encoding\("utf-8"\) delimiters\(","\) varnames\(nonames\)/m,
    );
    expect(syntax).toContain("rowrange(2) bindquotes(strict)");
    const renames = lines.filter((line) => line.startsWith("rename v")).map((line) => line.split(" "));
    expect(renames.map((parts) => parts[1])).toEqual(columns.map((_, index) => `v${index + 1}`));
    const names = renames.map((parts) => parts[2]!);
    expect(new Set(names).size).toBe(columns.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(32);
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(["if", "in", "with", "using", "byte", "int", "long", "float", "double"]).not.toContain(name);
    }
    expect(names).toContain("with_v");
    expect(names.filter((name) => name.startsWith("a_very_long_multiple_choice_i_"))).toEqual([
      "a_very_long_multiple_choice_i_12",
      "a_very_long_multiple_choice_i_13",
    ]);
    expect(syntax).toContain(
      "rename v13 a_very_long_multiple_choice_i_13 // CSV column a_very_long_multiple_choice_item_96",
    );
  });

  it("types columns by position: text and dates as strings, everything else numeric", () => {
    const positions = (option: string) =>
      (new RegExp(`${option}\\(([0-9 ]+)\\)`).exec(syntax)?.[1] ?? "").split(" ").map(Number);
    const strings = columns.flatMap((column, index) =>
      column.type === "string" || column.type === "date" ? [index + 1] : [],
    );
    expect(positions("stringcols")).toEqual(strings);
    expect([...positions("stringcols"), ...positions("numericcols")].sort((a, b) => a - b)).toEqual(
      columns.map((_, index) => index + 1),
    );
    expect(syntax).toContain('generate double submitted_day = date(submitted_on, "YMD")');
  });

  it("labels every variable within 80 characters, keeping the full question in a note", () => {
    const labels = lines.filter((line) => line.startsWith("label variable "));
    expect(labels).toHaveLength(columns.length);
    for (const line of labels) {
      const [text] = compoundStrings(line);
      expect([...(text ?? "")].length, line).toBeLessThanOrEqual(80);
    }
    const years = labels.find((line) => line.startsWith("label variable years "))!;
    expect(compoundStrings(years)[0]).toBe(
      truncateLabel(columns.find((column) => column.name === "years")!.label, 80, "characters"),
    );
    expect(syntax).toContain(
      "notes years: label shortened to 80 characters or adapted for Stata; the codebook lists the full label",
    );
    const channel = labels.find((line) =>
      line.startsWith("label variable a_very_long_multiple_choice_i_13 "),
    )!;
    expect(compoundStrings(channel)[0]).toBe("Channels — Another channel");
  });

  it("defines value labels with $ and ` escaped, so Stata shows them as written", () => {
    const region = lines.find((line) => line.startsWith("label define region "))!;
    expect(region).toContain("\\$HOME \\`x'");
    expect(compoundStrings(region)).toEqual([
      "Europe",
      "Asia",
      "Oceania",
      `Don't say — 'quoted' "twice" $HOME \`x'`,
      "Not shown (routed past by branching)",
      "Shown, not answered",
    ]);
    expect(lines).toContain("label values region region");
    // Every coded column and every column that can hold a missing-data code has its label set.
    const labelled = columns.filter((column) => column.valueLabels || column.reasonCodes.length > 0).length;
    expect(lines.filter((line) => line.startsWith("label define "))).toHaveLength(labelled);
    expect(syntax).toContain(
      "notes role: code 9 in the CSV is an answer that counts as missing for scoring, read as extended missing values",
    );
  });

  it("turns the missing-data codes and the don't-know codes into labelled extended missing values", () => {
    // One mvdecode per set of codes; 9 ("Prefer not to say", "Don't know") is the only such code here: .d.
    expect(lines).toContain("mvdecode role backing recovery, mv(997=.a \\ 999=.c \\ 9=.d)");
    expect(lines.find((line) => line.startsWith("mvdecode strain_score "))).toBe(
      "mvdecode strain_score support years_before_leaving, mv(997=.a \\ 998=.b)",
    );
    expect(lines.some((line) => /^mvdecode .*\bprotect\b/.test(line))).toBe(false);
    const role = lines.find((line) => line.startsWith("label define role "))!;
    expect(role).toContain(
      '.d `"Prefer not to say"\' .a `"Not shown (routed past by branching)"\' .c `"Shown, not answered"\'',
    );
    expect(role).not.toMatch(/ 9 `/);
    // mvdecode comes before the labels that name its extended missing values.
    expect(lines.findIndex((line) => line.startsWith("mvdecode "))).toBeLessThan(
      lines.findIndex((line) => line.startsWith("label define ")),
    );
  });
});

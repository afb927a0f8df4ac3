import { describe, expect, it } from "vitest";
import type { SnapshotTable } from "~/findings/finding-snapshot";
import { csvTable, tableCsv } from "~/findings/table-csv";

const table: SnapshotTable = Object.freeze({
  id: "leavers",
  title: "After leaving\nsupport",
  columns: [
    { key: "outcome", label: "Outcome" },
    { key: "ci90", label: "90% CI (TOST)", unit: "points" },
    { key: "g95", label: "g 95% CI" },
    { key: "ciLow", label: "95% CI, lower" },
    { key: "conclusion", label: "Verdict" },
  ],
  rows: [
    { outcome: "Burnout", ci90: "−4.2 to 1.5", g95: "-0.74 to -0.27", ciLow: 3.5, conclusion: "=x" },
    { outcome: "Client", ci90: null, g95: "0.10 to 0.30", ciLow: null, conclusion: "not estimated" },
  ],
});

describe("csvTable", () => {
  it("splits every interval column into numeric low and high bounds, snake_cases the names", () => {
    const { columns, rows } = csvTable(table);
    expect(columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      "outcome:string",
      "ci90_low:number",
      "ci90_high:number",
      "g95_low:number",
      "g95_high:number",
      "ci_low:number",
      "conclusion:string",
    ]);
    expect(columns[1]).toMatchObject({ title: "90% CI (TOST), lower bound", unit: "points" });
    expect(rows).toEqual([
      ["Burnout", -4.2, 1.5, -0.74, -0.27, 3.5, "=x"],
      ["Client", null, null, 0.1, 0.3, null, "not estimated"],
    ]);
  });

  it("names the only CI column ci_low and ci_high", () => {
    const single = { ...table, columns: table.columns.filter((c) => c.key !== "ciLow") };
    expect(
      csvTable(single)
        .columns.map((c) => c.name)
        .slice(1, 3),
    ).toEqual(["ci_low", "ci_high"]);
  });

  it("leaves a text column alone when any of its cells is not an interval", () => {
    const mixed = { ...table, rows: [{ ...table.rows[0]!, g95: "wide" }, table.rows[1]!] };
    expect(csvTable(mixed).columns.map((c) => c.name)).toContain("g95");
  });
});

describe("tableCsv", () => {
  it("writes the provenance as # lines on one line each, then the table with the formula guard", () => {
    const csv = tableCsv(table, {
      title: "Support protects",
      version: 3,
      permalink: "https://example.org/findings/x/v/3",
      isSynthetic: false,
    });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "# Source: Negative Space, “Support protects”, version 3, https://example.org/findings/x/v/3. " +
        "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
    );
    expect(lines[1]).toMatch(/^# Table: After leaving support\. /);
    expect(lines[3]).toBe("Burnout,-4.2,1.5,-0.74,-0.27,3.5,'=x");
  });

  it("writes a numeric column with one number of decimals: α 0.90 beside 0.89, p-values as the page's text", () => {
    const scales: SnapshotTable = {
      id: "scales",
      title: "Scales",
      columns: [
        { key: "scale", label: "Scale" },
        { key: "alpha", label: "α" },
        { key: "pAdjusted", label: "p (Holm)" },
      ],
      // As finding-tables.ts rounds them: α to 3 decimals (0.900 becomes 0.9), p as text ("< 0.0001").
      rows: [
        { scale: "Work", alpha: 0.9, pAdjusted: "< 0.0001" },
        { scale: "Client", alpha: 0.89, pAdjusted: "0.0312" },
        { scale: "Personal", alpha: 0.912, pAdjusted: null },
      ],
    };
    const csv = tableCsv(scales, {
      title: "x",
      version: 1,
      permalink: "https://example.org/f",
      isSynthetic: false,
    });
    expect(csv.split("\r\n").slice(2, 6)).toEqual([
      "scale,alpha,p_adjusted",
      "Work,0.900,< 0.0001",
      "Client,0.890,0.0312",
      "Personal,0.912,",
    ]);
  });

  it("keeps a hostile finding title inside its comment line", () => {
    const title = "T\r\n=cmd,1\u2028x\u0085y\vz";
    const csv = tableCsv(table, {
      title,
      version: 1,
      permalink: "https://e.org/findings/x/v/1",
      isSynthetic: true,
    });
    const lines = csv.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
    expect(lines[0]).toMatch(/^# Source: Negative Space, “T =cmd,1 x y z”, version 1, /);
    expect(lines[1]).toBe("# SYNTHETIC DEMO DATA: generated respondents, not a real survey.");
    expect(lines.slice(0, 3).every((line) => line.startsWith("# "))).toBe(true);
    expect(lines[3]).toBe("outcome,ci90_low,ci90_high,g95_low,g95_high,ci_low,conclusion");
  });
});

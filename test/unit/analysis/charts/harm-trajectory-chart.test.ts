import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { harmTrajectoryChart } from "../../../../analysis/charts/index";
import { renderChartSvg } from "../../../../analysis/render";
import { harmInput } from "./chart-fixtures";
import { countMarkItems, deepFreeze, svgText } from "./svg-helpers";

const PROTECTS = "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals";
const subtitleOf = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle.join(" ");

const datasets = (spec: unknown) =>
  (spec as { datasets: Record<string, Record<string, unknown>[]> }).datasets;

describe("harmTrajectoryChart", () => {
  it("draws every band mean with its CI and one fitted curve with a band per support level", async () => {
    const chart = harmTrajectoryChart(deepFreeze(harmInput()), { minCellSize: 10 });
    expect(() => compile(chart.spec)).not.toThrow();
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).toContain("Work-related burnout by years in support");
    expect(text).toContain("Years in customer support");
    expect(text).toContain("Work-related burnout (score 0–100)");
    expect(text).toContain("Cross-sectional: associations, not causes");
    expect(text).toContain("Low (n = 256)");
    expect(text).toContain("Middle (n = 240)");
    expect(text).toContain("High (n = 258)");
    // 3 levels × 5 bands; the 20+ band (n 21, 18, 26) is below 30, drawn open and flagged
    expect(countMarkItems(svg, "band_mean")).toBe(12);
    expect(countMarkItems(svg, "band_mean_low_precision")).toBe(3);
    expect(text).toContain("Open symbols: fewer than 30 respondents (low precision).");
    expect(countMarkItems(svg, "band_ci")).toBe(15);
    for (const level of ["low", "middle", "high"]) expect(countMarkItems(svg, `curve_line_${level}`)).toBe(1);
    expect(countMarkItems(svg, "curve_band")).toBe(3);
    expect(chart.table.rows).toHaveLength(15);
    expect(chart.table.rows.every((r) => typeof r.n === "number")).toBe(true);
    expect(chart.table.rows.find((r) => r.support === "Middle" && r.band === "20+ years")?.note).toBe(
      "low precision (n < 30)",
    );
  });

  it("states the finding with numbers and n in the alt text, which the spec carries as its description", () => {
    const chart = harmTrajectoryChart(harmInput(), { minCellSize: 10 });
    expect(chart.altText).toContain(
      "Mean work-related burnout (0–100) was 42.7 (95% CI 38.2 to 47.2) at 0–2 years (n = 62) and " +
        "67.7 (95% CI 60.0 to 75.4) at 20+ years (n = 21) with low institutional support (n = 256); ",
    );
    expect(chart.altText).toMatch(/associations, not causes\.$/);
    expect(chart.spec.description).toBe(chart.altText);
  });

  it("hides a band below k everywhere, with complementary cells in its group and its band", async () => {
    // middle 20+ has 8 respondents: primary. Complementary: the smallest other middle band (10–20, n 40) and
    // the smallest other group in 20+ (low, n 21); then 10–20 needs a second hidden cell too (low, n 44).
    const chart = harmTrajectoryChart(harmInput({ middle: [55, 66, 61, 40, 8] }), { minCellSize: 10 });
    const hidden = chart.table.rows
      .filter((r) => r.n === null)
      .map((r) => `${r.support} ${r.band} ${r.note}`);
    expect(hidden).toEqual([
      `Low 10–20 years ${PROTECTS}`,
      `Low 20+ years ${PROTECTS}`,
      `Middle 10–20 years ${PROTECTS}`,
      "Middle 20+ years fewer than 10",
    ]);
    for (const r of chart.table.rows.filter((r) => r.n === null)) {
      expect([r.mean, r.ciLow, r.ciHigh]).toEqual([null, null, null]);
    }
    const bands = datasets(chart.spec).bands!;
    expect(bands).toHaveLength(11);
    expect(bands.some((b) => b.support === "Middle" && b.band === "20+ years")).toBe(false);
    // curves stop at the last shown band's upper edge (10 years for low and middle), never over hidden bands
    const curve = datasets(chart.spec).curve!;
    const maxX = (s: string) => Math.max(...curve.filter((p) => p.support === s).map((p) => p.x as number));
    expect(maxX("Low")).toBe(10);
    expect(maxX("Middle")).toBe(10);
    expect(maxX("High")).toBe(30);
    const svg = await renderChartSvg(chart.spec);
    expect(svgText(svg)).not.toMatch(/\bn = 8\b/);
    expect(JSON.stringify(chart)).not.toMatch(/"n":8\b/);
    const sentence =
      "Not shown: 1 cell with fewer than 10 respondents, and 3 cells (not small themselves) hidden so that " +
      "a small group elsewhere cannot be worked out from the totals.";
    expect(subtitleOf(chart.spec)).toContain(sentence);
    expect(chart.altText).toContain(sentence);
    expect(chart.table.note).toBe(sentence);
  });

  it("keeps the analysis's reason for cells it withheld: complementary cells never say 'fewer than k'", () => {
    // The case: low and high support at 10–20 years (n 44 and 46 here) were hidden by the analysis to
    // protect a small cell elsewhere; the chart gets them as n = 0 with the reason, as buildCharts passes them.
    const input = harmInput({ middle: [55, 66, 61, 40, 8] });
    for (const level of [0, 2]) {
      input.groups[level]!.bands[3] = {
        ...input.groups[level]!.bands[3]!,
        hidden: "complementary",
        n: 0,
        mean: Number.NaN,
        ci95: [Number.NaN, Number.NaN],
      };
    }
    const chart = harmTrajectoryChart(input, { minCellSize: 10 });
    const notes = Object.fromEntries(
      chart.table.rows.filter((r) => r.n === null).map((r) => [`${r.support} ${r.band}`, r.note]),
    );
    expect(notes["Low 10–20 years"]).toBe(PROTECTS);
    expect(notes["High 10–20 years"]).toBe(PROTECTS);
    expect(notes["Middle 20+ years"]).toBe("fewer than 10");
    const primary = Object.values(notes).filter((note) => note === "fewer than 10").length;
    expect(primary).toBe(1);
    const complementary = Object.keys(notes).length - primary;
    const sentence =
      `Not shown: 1 cell with fewer than 10 respondents, and ${complementary} cells (not small themselves) ` +
      "hidden so that a small group elsewhere cannot be worked out from the totals.";
    expect(subtitleOf(chart.spec)).toContain(sentence);
    expect(chart.altText).toContain(sentence);
    expect(chart.table.note).toBe(sentence);
  });

  it("drops a whole support group below k from the data, legend, table numbers and SVG text", async () => {
    const small = [3, 2, 1, 1, 1]; // total 8 < 10; the smallest other group (middle) protects it
    const chart = harmTrajectoryChart(harmInput({ high: small }), { minCellSize: 10 });
    const d = datasets(chart.spec);
    expect(new Set(d.bands!.map((b) => b.support))).toEqual(new Set(["Low"]));
    expect(new Set(d.curve!.map((b) => b.support))).toEqual(new Set(["Low"]));
    const highRows = chart.table.rows.filter((r) => r.support === "High");
    expect(highRows.map((r) => [r.n, r.mean, r.note])).toEqual(
      small.map(() => [null, null, "fewer than 10"]),
    );
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).not.toMatch(/High|Middle|n = 8\b/);
    expect(svg).not.toMatch(/High|Middle/); // not even in aria labels
    expect(chart.altText).not.toMatch(/high|middle/i);
    expect(countMarkItems(svg, "band_mean") + countMarkItems(svg, "band_mean_low_precision")).toBe(5);
  });

  it("still renders when nothing can be shown", async () => {
    const tiny = [1, 1, 1, 1, 1];
    const chart = harmTrajectoryChart(harmInput({ low: tiny, middle: tiny, high: tiny }), {
      minCellSize: 10,
    });
    expect(chart.altText).toBe(
      "No trajectory can be shown. Not shown: 15 cells with fewer than 10 respondents.",
    );
    expect(datasets(chart.spec).bands).toEqual([]);
    const svg = await renderChartSvg(chart.spec);
    expect(svgText(svg)).toContain("Years in customer support");
  });

  it("rejects non-finite numbers in shown cells and a bad k", () => {
    const input = harmInput();
    input.groups[0]!.bands[0]!.mean = Number.NaN;
    expect(() => harmTrajectoryChart(input, { minCellSize: 10 })).toThrow(
      "harmTrajectoryChart requires band 0–2 years of low to have an integer n, a finite mean and a finite ordered 95% CI",
    );
    expect(() => harmTrajectoryChart(harmInput(), { minCellSize: 0 })).toThrow(
      "suppressSmallCells requires minCellSize to be a positive integer",
    );
  });
});

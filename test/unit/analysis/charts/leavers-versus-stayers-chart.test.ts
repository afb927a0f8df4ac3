import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { leaversVersusStayersChart } from "../../../../analysis/charts/index";
import { renderChartSvg } from "../../../../analysis/render";
import { leaversInput } from "./chart-fixtures";
import { countMarkItems, deepFreeze, svgText } from "./svg-helpers";

const datasets = (spec: unknown) =>
  (spec as { datasets: Record<string, Record<string, unknown>[]> }).datasets;

describe("leaversVersusStayersChart", () => {
  it("draws leavers by years since leaving against the stayers' band, with CIs and n", async () => {
    const chart = leaversVersusStayersChart(deepFreeze(leaversInput()), { minCellSize: 10 });
    expect(() => compile(chart.spec)).not.toThrow();
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).toContain("Personal burnout after leaving support");
    expect(text).toContain("Years since leaving customer support");
    expect(text).toContain("Personal burnout (score 0–100)");
    expect(text).toContain("Grey band: people still in support, 61.2 [58.8, 63.6], n = 240.");
    for (const n of [34, 41, 29]) expect(text).toContain(`n = ${n}`);
    expect(countMarkItems(svg, "leavers_mean")).toBe(2);
    expect(countMarkItems(svg, "leavers_mean_low_precision")).toBe(1);
    expect(countMarkItems(svg, "leavers_ci")).toBe(3);
    expect(countMarkItems(svg, "stayers_ci")).toBe(1);
    expect(countMarkItems(svg, "stayers_mean")).toBe(1);
    expect(chart.altText).toBe(
      "Mean personal burnout (0–100) of people who left support was 63.5 (95% CI 57.1 to 69.9) under 1 year ago " +
        "(n = 34) and 47.8 (95% CI 40.9 to 54.7) 3+ years ago (n = 29), against 61.2 (95% CI 58.8 to 63.6) for " +
        "people still in support (n = 240). Cross-sectional data: associations, not causes.",
    );
  });

  it("adds the note (e.g. an equivalence test) to the subtitle and the pooled leavers to the table", async () => {
    const input = {
      ...leaversInput(),
      note: "TOST (±5 points): p = .41",
      leavers: { n: 104, mean: 55.6, ci95: [52, 59.2] as const },
    };
    const chart = leaversVersusStayersChart(input, { minCellSize: 10 });
    expect(svgText(await renderChartSvg(chart.spec))).toContain("TOST (±5 points): p = .41");
    expect(chart.table.rows.map((r) => [r.group, r.band, r.n])).toEqual([
      ["Still in support", "", 240],
      ["Left support", "all", 104],
      ["Left support", "under 1 year ago", 34],
      ["Left support", "1–3 years ago", 41],
      ["Left support", "3+ years ago", 29],
    ]);
  });

  it("hides a years-since-leaving band below k and a second band protecting it", async () => {
    const chart = leaversVersusStayersChart(leaversInput([34, 41, 4]), { minCellSize: 10 });
    expect(datasets(chart.spec).points!.map((p) => p.band)).toEqual(["1–3 years ago"]);
    expect(chart.table.rows.map((r) => [r.band, r.n, r.mean, r.note])).toEqual([
      ["", 240, 61.2, ""],
      [
        "under 1 year ago",
        null,
        null,
        "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals",
      ],
      ["1–3 years ago", 41, 55.2, ""],
      ["3+ years ago", null, null, "fewer than 10"],
    ]);
    const text = svgText(await renderChartSvg(chart.spec));
    expect(text).not.toMatch(/n = 4\b|n = 34|63\.5|47\.8/);
  });

  it("hides the stayers when too few, and then all leavers too (the total would reveal them)", async () => {
    const chart = leaversVersusStayersChart(leaversInput(undefined, 6), { minCellSize: 10 });
    const d = datasets(chart.spec);
    expect(d.stayers).toEqual([]);
    expect(d.points).toEqual([]);
    const text = svgText(await renderChartSvg(chart.spec));
    expect(text).not.toMatch(/n = 6\b|61\.2/);
    expect(text).toContain("People still in support are not shown");
    expect(chart.altText).toBe(
      "Neither leavers nor stayers can be shown. Not shown: 1 group with fewer than 10 respondents, and 3 groups " +
        "(not small themselves) hidden so that a small group elsewhere cannot be worked out from the totals.",
    );
  });

  it("draws the fitted curve and its band while the leavers are shown, and never once they are hidden", async () => {
    const curve = [0.5, 2, 5].map((x) => ({ x, fit: 60 - 2 * x, lo: 55 - 2 * x, hi: 65 - 2 * x }));
    const note = "verdict: inconclusive at ±10 points.";
    const shown = leaversVersusStayersChart({ ...leaversInput(), curve, note }, { minCellSize: 10 });
    const svg = await renderChartSvg(shown.spec);
    expect(countMarkItems(svg, "curve_band")).toBe(1);
    expect(countMarkItems(svg, "curve_line")).toBe(1);
    expect(shown.altText).toContain("The fitted curve runs from 59.0 (95% CI 54.0 to 64.0) at 0.5 years");
    expect(shown.table.rows.filter((r) => r.note === "model prediction").map((r) => r.mean)).toEqual([
      59, 50,
    ]);
    const hidden = leaversVersusStayersChart(
      { ...leaversInput(undefined, 6), curve, note },
      { minCellSize: 10 },
    );
    expect(datasets(hidden.spec).curve).toEqual([]);
    expect(JSON.stringify(hidden.spec)).not.toContain(note);
    expect(hidden.table.note).not.toContain(note);
    expect(hidden.table.rows.some((r) => r.note === "model prediction")).toBe(false);
  });
});

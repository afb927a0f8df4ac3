import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { capacityThenNowChart } from "../../../../analysis/charts/index";
import { renderChartSvg } from "../../../../analysis/render";
import { capacityInput } from "./chart-fixtures";
import { countMarkItems, deepFreeze, svgText } from "./svg-helpers";

const datasets = (spec: unknown) =>
  (spec as { datasets: Record<string, Record<string, unknown>[]> }).datasets;

describe("capacityThenNowChart", () => {
  it("draws then and now with CIs per tenure band, with n and the paired change on the axis", async () => {
    const chart = capacityThenNowChart(deepFreeze(capacityInput()), { minCellSize: 10 });
    expect(() => compile(chart.spec)).not.toThrow();
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).toContain("Capacity to invest in customers, when starting and now");
    expect(text).toContain("Capacity to invest in customers (0–10)");
    expect(text).toContain("Years in support");
    expect(text).toContain("When starting");
    expect(text).toContain("Now");
    expect(text).toContain("n = 88");
    expect(text).toContain("n = 27, low precision");
    expect(text).toContain("change −0.7 [−1.1, −0.3]");
    expect(countMarkItems(svg, "mean")).toBe(10);
    expect(countMarkItems(svg, "ci")).toBe(10);
    expect(countMarkItems(svg, "connector")).toBe(5);
    expect(chart.altText).toBe(
      "Mean capacity to invest in customers (0–10), recalled for the start and rated now, by years in support: " +
        "0–2 years (n = 88): 8.3 (95% CI 8.0 to 8.6) when starting, 7.6 (95% CI 7.2 to 8.0) now; " +
        "20+ years (n = 27): 8.0 (95% CI 7.4 to 8.6) when starting, 5.1 (95% CI 4.3 to 5.9) now. " +
        "Cross-sectional data: associations, not causes.",
    );
    expect(chart.table.columns.map((c) => c.key)).toContain("change");
    expect(chart.table.rows).toHaveLength(5);
  });

  it("hides a band below k and the smallest other band, in data, table and SVG text", async () => {
    const chart = capacityThenNowChart(capacityInput([88, 102, 91, 64, 6]), { minCellSize: 10 });
    const d = datasets(chart.spec);
    expect(new Set(d.points!.map((p) => p.band))).toEqual(new Set(["0–2 years", "2–5 years", "5–10 years"]));
    expect(d.pairs).toHaveLength(3);
    expect(chart.table.rows.map((r) => [r.band, r.n, r.nowMean, r.note])).toEqual([
      ["0–2 years", 88, 7.6, ""],
      ["2–5 years", 102, 6.8, ""],
      ["5–10 years", 91, 6.0, ""],
      [
        "10–20 years",
        null,
        null,
        "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals",
      ],
      ["20+ years", null, null, "fewer than 10"],
    ]);
    expect(chart.table.rows.map((r) => r.change)).toEqual([
      expect.closeTo(-0.7),
      expect.closeTo(-1.3),
      expect.closeTo(-2.2),
      null,
      null,
    ]);
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).not.toMatch(/20\+ years|10–20 years|n = 6\b|n = 64/);
    expect(text).toContain("Not shown: 1 band with fewer than 10 respondents, and 1 band (not small itself)");
    expect(chart.altText).toContain(chart.table.note!);
    expect(countMarkItems(svg, "mean")).toBe(6);
  });
});

import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { erosionBySupportChart } from "../../../../analysis/charts/index";
import { renderChartSvg } from "../../../../analysis/render";
import { erosionInput } from "./chart-fixtures";
import { countMarkItems, deepFreeze, svgText } from "./svg-helpers";

const values = (spec: unknown) => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe("erosionBySupportChart", () => {
  it("draws each group's mean and CI with n, and the effect size in the subtitle", async () => {
    const chart = erosionBySupportChart(deepFreeze(erosionInput()), { minCellSize: 10 });
    expect(() => compile(chart.spec)).not.toThrow();
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).toContain("Work-related burnout by institutional support");
    expect(text).toContain("Mean work-related burnout (score 0–100)");
    expect(text).toContain("Institutional support");
    expect(text).toContain("Low (n = 150)");
    expect(text).toContain("High (n = 142)");
    expect(text).toContain("Hedges' g (extreme groups, high − low) = −0.51 [−0.74, −0.27]");
    expect(text).toContain("58.2 [55.3, 61.1]");
    expect(countMarkItems(svg, "group_mean")).toBe(2);
    expect(countMarkItems(svg, "group_ci")).toBe(2);
    expect(countMarkItems(svg, "group_label")).toBe(2);
    expect(chart.altText).toBe(
      "Mean work-related burnout (0–100) was 58.2 (95% CI 55.3 to 61.1) with low support (n = 150) and " +
        "49.0 (95% CI 46.0 to 52.0) with high support (n = 142); Hedges' g (extreme groups, high − low) = −0.51 " +
        "(95% CI −0.74 to −0.27). Cross-sectional data: associations, not causes.",
    );
    expect(chart.table.rows.map((r) => [r.support, r.n, r.note])).toEqual([
      ["Low", 150, ""],
      ["High", 142, ""],
    ]);
  });

  it("flags a group under 30 as low precision (open symbol, note)", async () => {
    const chart = erosionBySupportChart(erosionInput({ high: 24 }), { minCellSize: 10 });
    const svg = await renderChartSvg(chart.spec);
    expect(countMarkItems(svg, "group_mean_low_precision")).toBe(1);
    expect(svgText(svg)).toContain("Open symbols: fewer than 30 respondents (low precision).");
    expect(chart.table.rows[1]!.note).toBe("low precision (n < 30)");
  });

  it("hides a group below k, protects it with the other group, and drops the effect size", async () => {
    const chart = erosionBySupportChart(erosionInput({ high: 7 }), { minCellSize: 10 });
    expect(values(chart.spec)).toEqual([]);
    expect(chart.table.rows.map((r) => [r.support, r.n, r.mean, r.ciLow, r.ciHigh, r.note])).toEqual([
      [
        "Low",
        null,
        null,
        null,
        null,
        "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals",
      ],
      ["High", null, null, null, null, "fewer than 10"],
    ]);
    const svg = await renderChartSvg(chart.spec);
    const text = svgText(svg);
    expect(text).not.toMatch(/n = 7|n = 150|Hedges' g \(|−0\.51|58\.2|49\.0/);
    expect(text).toContain(
      "Not shown: 1 group with fewer than 10 respondents, and 1 group (not small itself)",
    );
    expect(chart.table.note).toBe(
      "Not shown: 1 group with fewer than 10 respondents, and 1 group (not small itself) hidden so that a small " +
        "group elsewhere cannot be worked out from the totals.",
    );
    expect(JSON.stringify(chart)).not.toMatch(/58\.2|49(\.0)?\b|-0\.51/);
  });

  it("with three groups, hides only the small one and the smallest other, keeping the rest", () => {
    const input = erosionInput();
    input.groups.push({ level: "middle", n: 5, mean: 53, ci95: [40, 66] });
    input.groups.push({ level: "high", n: 300, mean: 47, ci95: [45, 49] });
    input.groups.splice(1, 1); // replace high 142 by high 300
    const chart = erosionBySupportChart(input, { minCellSize: 10 });
    expect(values(chart.spec).map((v) => v.support)).toEqual(["High"]);
    expect(chart.table.rows.map((r) => [r.support, r.note])).toEqual([
      ["Low", "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals"],
      ["Middle", "fewer than 10"],
      ["High", ""],
    ]);
    expect(chart.altText).not.toContain("Hedges");
  });
});

import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../../analysis/render";
import { analyseWithinPerson, withinPersonChangeChart } from "../../../../analysis/within-person/index";
import { countMarkItems, deepFreeze, svgText } from "../charts/svg-helpers";
import { SCALES, samplePeople } from "./sample-people";

const analysed = (minCellSize: number) =>
  analyseWithinPerson(samplePeople(), { scales: SCALES, minCellSize, bootstrapB: 100, seed: 1 });

describe("withinPersonChangeChart", () => {
  it("compiles, draws a point and CI per shown level, and its description names every shown group", async () => {
    const change = deepFreeze(analysed(10).scales[0]!.change);
    const chart = withinPersonChangeChart(change, { minCellSize: 10 });
    expect(() => compile(chart.spec)).not.toThrow();
    expect(() => compile(chart.narrowSpec!)).not.toThrow();
    expect(chart.id).toBe("within-person-change-cbi-work");
    expect(chart.spec.description).toBe(chart.altText);
    for (const level of change.byLevel) {
      if (level.suppressed) throw new Error("all levels are shown at k = 10");
      expect(chart.altText).toContain(`${level.level} support (n = ${level.n})`);
    }
    expect(chart.altText).toMatch(
      /^Baseline-adjusted change in work-related burnout from wave 1 to wave 2 was /,
    );
    const svg = await renderChartSvg(chart.spec);
    // all three levels hold 16 people, under 30: open symbols
    expect(countMarkItems(svg, "level_change_low_precision")).toBe(3);
    expect(countMarkItems(svg, "level_ci")).toBe(3);
    const text = svgText(svg);
    for (const label of ["Low (n = 16)", "Middle (n = 16)", "High (n = 16)"]) expect(text).toContain(label);
    expect(chart.table.rows.map((r) => [r.support, r.n])).toEqual([
      ["Low", 16],
      ["Middle", 16],
      ["High", 16],
    ]);
  });

  it("leaves suppressed levels out of the spec and says so in the description and the table", async () => {
    const change = analysed(15).scales[1]!.change; // personal burnout: low 14 and middle 13 people, high 15
    const chart = withinPersonChangeChart(change, { minCellSize: 15 });
    expect(() => compile(chart.spec)).not.toThrow();
    const values = (chart.spec as { data: { values: { support: string }[] } }).data.values;
    expect(values.map((v) => v.support)).toEqual(["High"]);
    expect(chart.altText).toContain("high support (n = 15)");
    expect(chart.altText).not.toMatch(/low support|middle support/);
    expect(chart.altText).toContain("Not shown: 2 support groups with fewer than 15 respondents.");
    expect(chart.table.note).toBe("Not shown: 2 support groups with fewer than 15 respondents.");
    expect(chart.table.rows.slice(0, 2).map((r) => [r.n, r.adjusted, r.note])).toEqual([
      [null, null, "fewer than 15"],
      [null, null, "fewer than 15"],
    ]);
    const svg = await renderChartSvg(chart.spec);
    expect(countMarkItems(svg, "level_ci")).toBe(1);
    expect(svgText(svg)).not.toContain("Low (n =");
  });

  it("shows no group at all when every level is suppressed, and says why", () => {
    const chart = withinPersonChangeChart(analysed(17).scales[0]!.change, { minCellSize: 17 });
    expect(() => compile(chart.spec)).not.toThrow();
    expect(chart.altText).toBe(
      "No support group can be shown. Not shown: 3 support groups with fewer than 17 respondents.",
    );
  });
});

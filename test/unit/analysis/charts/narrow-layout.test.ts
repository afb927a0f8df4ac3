import { describe, expect, it } from "vitest";
import {
  CHART_TYPE,
  capacityThenNowChart,
  erosionBySupportChart,
  harmTrajectoryChart,
  leaversVersusStayersChart,
  type ChartOutput,
  dejavuSansTextWidth,
  wrapText,
} from "../../../../analysis/charts/index";
import { renderChartSvg } from "../../../../analysis/render";
import { capacityInput, erosionInput, harmInput, leaversInput } from "./chart-fixtures";
import { svgText } from "./svg-helpers";

const k = { minCellSize: 10 };
const charts: ChartOutput[] = [
  harmTrajectoryChart(harmInput(), k),
  erosionBySupportChart(erosionInput(), k),
  capacityThenNowChart(capacityInput(), k),
  leaversVersusStayersChart(leaversInput(), k),
];
const rootSize = (svg: string) => {
  const root = /^<svg[^>]*>/.exec(svg)![0];
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(root)![1]),
    height: Number(/\sheight="([\d.]+)"/.exec(root)![1]),
  };
};
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
/** The labels of the axis whose labels include `probe` (vega writes each axis's labels in one group). */
function axisLabels(svg: string, probe: string): string[] {
  const groups = svg.split('<g class="mark-text role-axis-label"').slice(1);
  const labels = groups.map((g) =>
    [...g.split("</g>")[0]!.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!),
  );
  return labels.find((l) => l.includes(probe)) ?? [];
}

describe("the narrow layout of the house charts (decision 036)", () => {
  it("is 320 px wide with no text under 13 px, so at 288 px on a 320-px phone none is under 11 CSS px", async () => {
    expect(CHART_TYPE.narrow.label * (288 / 320)).toBeGreaterThanOrEqual(11);
    for (const chart of charts) {
      const svg = await renderChartSvg(chart.narrowSpec!);
      expect(rootSize(svg).width, chart.id).toBe(320);
      const sizes = fontSizes(svg);
      expect(sizes.length, chart.id).toBeGreaterThan(5);
      expect(Math.min(...sizes), chart.id).toBeGreaterThanOrEqual(13);
    }
  });

  it("shows the same chart: same alt text, title words and numbers as the wide layout", async () => {
    for (const chart of charts) {
      expect(chart.narrowSpec!.description).toBe(chart.altText);
      const words = (svg: string) =>
        new Set(
          svgText(svg)
            .split(/\s+/)
            .filter((w) => /\d/.test(w)),
        );
      const wide = words(await renderChartSvg(chart.spec));
      const narrow = words(await renderChartSvg(chart.narrowSpec!));
      // every number the wide chart writes (estimates, CIs, n, effect sizes) is written in the narrow one too,
      // except axis ticks the narrow axis leaves out
      const missing = [...wide].filter((w) => !narrow.has(w) && !/^\d+$/.test(w));
      expect(missing, chart.id).toEqual([]);
    }
  });

  it("puts the legend below the plot and keeps the wide layout's legend on top", async () => {
    const chart = harmTrajectoryChart(harmInput(), k);
    const legendY = async (spec: ChartOutput["spec"]) => {
      const svg = await renderChartSvg(spec);
      const legend =
        /<g class="mark-group role-legend"[^>]*><g transform="translate\(([\d.-]+),([\d.-]+)\)"/.exec(svg);
      return Number(legend![2]);
    };
    expect(await legendY(chart.spec)).toBeLessThan(0);
    expect(await legendY(chart.narrowSpec!)).toBeGreaterThan(200);
  });

  it("gives the leavers' years-since-leaving axis about 8 whole-year ticks wide and at most 5 narrow, not 17", async () => {
    const curve = Array.from({ length: 33 }, (_, i) => ({ x: i / 2, fit: 50, lo: 45, hi: 55 }));
    const input = { ...leaversInput(), curve };
    const chart = leaversVersusStayersChart(input, k);
    const wide = axisLabels(await renderChartSvg(chart.spec), "4");
    const narrow = axisLabels(await renderChartSvg(chart.narrowSpec!), "5");
    expect(wide.length).toBeGreaterThanOrEqual(6);
    expect(wide.length).toBeLessThanOrEqual(10);
    expect(wide.every((label) => Number.isInteger(Number(label)))).toBe(true);
    expect(narrow.length).toBeGreaterThanOrEqual(3);
    expect(narrow.length).toBeLessThanOrEqual(5);
  });

  it("gives no mark, axis or legend an ARIA role of its own: the chart is one image named by its alt text", async () => {
    for (const chart of charts)
      for (const spec of [chart.spec, chart.narrowSpec!]) {
        const svg = await renderChartSvg(spec);
        expect(/^<svg[^>]*role="img"/.test(svg)).toBe(true);
        // axe's svg-img-alt: every graphics-symbol needs a name; vega's remaining ones (the title) have one
        expect(svg.match(/<[^>]*role="graphics-symbol"(?![^>]*aria-label=)[^>]*>/g), chart.id).toBeNull();
        expect(svg, chart.id).not.toMatch(
          /aria-roledescription="(point|rule mark|axis|legend|area mark|line mark)"/,
        );
      }
  });

  it("breaks an address wider than a narrow line after a '/', so a source line stays inside the chart", () => {
    const line =
      "Source: Negative Space, version 1, http://localhost:3381/findings/support-and-erosion-demo/v/1.";
    const lines = wrapText(line, 296, 13);
    expect(lines.join(" ").replace(/\/ /g, "/")).toBe(line);
    for (const l of lines) expect(dejavuSansTextWidth(l, 13, false)).toBeLessThanOrEqual(296);
    // a long word without "/" stays whole, as before
    expect(wrapText("Donaudampfschifffahrtsgesellschaftskapitänswitwe", 100, 13)).toHaveLength(1);
  });
});

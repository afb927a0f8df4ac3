import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../../analysis/charts/render-chart";
import { responsesByDayChart } from "../../../../analysis/charts/responses-by-day-chart";

describe("responsesByDayChart", () => {
  const days = Object.freeze([
    { day: "2026-11-20", complete: 3, synthetic: 0 },
    { day: "2026-11-21", complete: 9, synthetic: 4 },
    { day: "2026-11-23", complete: 1, synthetic: 1 },
  ]);

  it("states the total, span and busiest day, and renders one bar per non-empty kind per day", async () => {
    const chart = responsesByDayChart(days);
    expect(chart.altText).toBe(
      "13 completed responses over 3 days, from 2026-11-20 to 2026-11-23; the busiest day was 2026-11-21 with 9.",
    );
    const svg = await renderChartSvg(chart.spec);
    expect(svg).toContain("Completed responses by day");
    // 2026-11-20 real, 11-21 real + synthetic, 11-23 synthetic: four bars.
    const bars = svg.split('<g class="mark-rect role-mark marks"')[1]?.split("</g>")[0] ?? "";
    expect(bars.match(/<path\b/g)).toHaveLength(4);
    expect(chart.table.rows).toHaveLength(3);
  });

  it("refuses an empty series", () => {
    expect(() => responsesByDayChart([])).toThrow("responsesByDayChart requires at least one day");
  });
});

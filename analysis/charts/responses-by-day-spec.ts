import type { TopLevelSpec } from "vega-lite";
import { CHART_WIDTH, chartConfig, INK, OKABE_ITO } from "./chart-config";
import { chartTitle } from "./chart-title";

/** One bar segment: a day's completed responses of one kind (real or synthetic). */
export type DayBar = { day: string; kind: "Real respondents" | "Synthetic demo data"; n: number };

/**
 * The vega-lite spec of the lab's responses-by-day chart: stacked bars per UTC day, synthetic responses in a
 * separate, labelled colour.
 *
 * Cost: O(bars).
 */
export function responsesByDaySpec(bars: readonly DayBar[], total: number, altText: string): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    title: chartTitle("Completed responses by day", [`${total} responses; calendar days in UTC.`]),
    width: CHART_WIDTH - 110,
    height: 180,
    config: chartConfig(),
    data: { values: [...bars] },
    mark: { type: "bar" },
    encoding: {
      x: {
        field: "day",
        type: "temporal",
        timeUnit: "utcyearmonthdate",
        title: "Day (UTC)",
        axis: { format: "%b %d", labelAngle: 0 },
      },
      y: {
        field: "n",
        type: "quantitative",
        aggregate: "sum",
        title: "Completed responses",
        axis: { tickMinStep: 1 },
      },
      color: {
        field: "kind",
        type: "nominal",
        title: null,
        scale: { domain: ["Real respondents", "Synthetic demo data"], range: [OKABE_ITO.blue, INK.muted] },
        legend: { orient: "top" },
      },
      tooltip: [
        { field: "day", type: "temporal", timeUnit: "utcyearmonthdate", title: "Day" },
        { field: "kind", type: "nominal", title: "Respondents" },
        { field: "n", type: "quantitative", aggregate: "sum", title: "Completed" },
      ],
    },
  };
}

import type { TopLevelSpec } from "vega-lite";
import { CHART_WIDTH, chartConfig, INK, OKABE_ITO } from "./chart-config";
import { chartTitle } from "./chart-title";
import type { ChartOutput } from "./chart-types";

/** Completed responses on one calendar day (UTC), of which `synthetic` are demo data. */
export interface DayCountInput {
  day: string;
  complete: number;
  synthetic: number;
}

/**
 * Completed responses per calendar day as a bar chart for the lab (not published: counts by
 * day are operational data, so no small-cell rule applies). Synthetic demo responses are
 * stacked in a separate, labelled colour.
 *
 * Cost: O(days).
 *
 * @throws Error "responsesByDayChart requires at least one day"
 * @example
 * responsesByDayChart([{ day: "2026-11-25", complete: 12, synthetic: 0 }]);
 */
export function responsesByDayChart(days: readonly DayCountInput[]): ChartOutput {
  if (days.length === 0) throw new Error("responsesByDayChart requires at least one day");
  const total = days.reduce((sum, day) => sum + day.complete, 0);
  const values = days
    .flatMap((day) => [
      { day: day.day, kind: "Real respondents", n: day.complete - day.synthetic },
      { day: day.day, kind: "Synthetic demo data", n: day.synthetic },
    ])
    .filter((row) => row.n > 0);
  const busiest = days.reduce((best, day) => (day.complete > best.complete ? day : best));
  const altText = `${total} completed responses over ${days.length} days, from ${days[0]?.day} to ${days.at(-1)?.day}; the busiest day was ${busiest.day} with ${busiest.complete}.`;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    title: chartTitle("Completed responses by day", [`${total} responses; calendar days in UTC.`]),
    width: CHART_WIDTH - 110,
    height: 180,
    config: chartConfig(),
    data: { values },
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
  return {
    id: "responses-by-day",
    title: "Completed responses by day",
    spec,
    altText,
    table: {
      columns: [
        { key: "day", label: "Day (UTC)" },
        { key: "complete", label: "Completed" },
        { key: "synthetic", label: "Synthetic" },
      ],
      rows: days.map((day) => ({ day: day.day, complete: day.complete, synthetic: day.synthetic })),
    },
  };
}

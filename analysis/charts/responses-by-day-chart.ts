import type { ChartOutput } from "./chart-types";
import { type DayBar, responsesByDaySpec } from "./responses-by-day-spec";

/** Completed responses on one calendar day (UTC), of which `synthetic` are demo data. */
export interface DayCountInput {
  day: string;
  complete: number;
  synthetic: number;
}

/** Each day's real and synthetic responses as bar segments; empty segments are left out. */
function dayBars(days: readonly DayCountInput[]): DayBar[] {
  return days
    .flatMap((day): DayBar[] => [
      { day: day.day, kind: "Real respondents", n: day.complete - day.synthetic },
      { day: day.day, kind: "Synthetic demo data", n: day.synthetic },
    ])
    .filter((row) => row.n > 0);
}

/** The total, the span and the busiest day, in one sentence. */
function responsesByDayAltText(days: readonly DayCountInput[], total: number): string {
  const busiest = days.reduce((best, day) => (day.complete > best.complete ? day : best));
  return `${total} completed responses over ${days.length} days, from ${days[0]?.day} to ${days.at(-1)?.day}; the busiest day was ${busiest.day} with ${busiest.complete}.`;
}

/**
 * Completed responses per calendar day as a bar chart for the lab (not published: counts by
 * day are operational data, so no small-cell rule applies). Synthetic demo responses are
 * stacked in a separate, labelled colour. Steps: bars → table → alt text → spec ({@link responsesByDaySpec}).
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
  const table = {
    columns: [
      { key: "day", label: "Day (UTC)" },
      { key: "complete", label: "Completed" },
      { key: "synthetic", label: "Synthetic" },
    ],
    rows: days.map((day) => ({ day: day.day, complete: day.complete, synthetic: day.synthetic })),
  };
  const altText = responsesByDayAltText(days, total);
  const spec = responsesByDaySpec(dayBars(days), total, altText);
  return { id: "responses-by-day", title: "Completed responses by day", spec, altText, table };
}

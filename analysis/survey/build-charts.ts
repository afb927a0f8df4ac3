import { capacityThenNowChart, type CapacityBandEstimate } from "../charts/capacity-then-now-chart";
import type { ChartOptions, ChartOutput, MeanEstimate } from "../charts/chart-types";
import { erosionBySupportChart } from "../charts/erosion-by-support-chart";
import { harmTrajectoryChart, type TenureBandEstimate } from "../charts/harm-trajectory-chart";
import { leaversVersusStayersChart } from "../charts/leavers-versus-stayers-chart";
import { formatNumber } from "../charts/format-number";
import { formatInterval } from "./format-statistics";
import type { BandMean, LeaverOutcome, MeanCell, SurveyResults } from "./results-types";

/** Result of {@link buildCharts}: the charts that could be drawn, and why any other was left out. */
export interface SurveyCharts {
  charts: ChartOutput[];
  notes: string[];
}

/**
 * A published cell as the chart builders' estimate. A suppressed cell becomes n = 0 with NaN numbers and the
 * reason the results give (`hidden`): the builders keep it hidden, never read its numbers, and say whether it
 * had fewer than k respondents or protects a small cell elsewhere.
 */
function estimate(cell: MeanCell | null): MeanEstimate {
  return cell && !cell.suppressed
    ? { n: cell.n, mean: cell.mean, ci95: cell.ci95 }
    : { hidden: cell?.hidden ?? "primary", n: 0, mean: Number.NaN, ci95: [Number.NaN, Number.NaN] };
}

const banded = (band: BandMean): TenureBandEstimate => ({
  ...estimate(band.estimate),
  band: band.band,
  from: band.from,
  to: band.to,
  x: band.x ?? Number.NaN,
});

function attempt(
  charts: ChartOutput[],
  notes: string[],
  id: string,
  build: () => ChartOutput | string,
): void {
  try {
    const chart = build();
    if (typeof chart === "string") notes.push(`${id}: ${chart}`);
    else charts.push(chart);
  } catch (error) {
    notes.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type Options = ChartOptions;

/** The harm trajectory of the primary erosion outcome by support level: band means and spline curves. */
function harmChart(results: SurveyResults, options: Options): ChartOutput | string {
  const primary = results.roles.primaryErosion;
  const trajectory = results.harmTrajectory.find((t) => t.outcome.id === primary.id);
  if (!trajectory) return "the primary outcome has no trajectory";
  const groups = trajectory.bySupport.map(({ level, fit, hidden }) => ({
    level,
    ...(fit ? {} : { hidden: hidden ?? "primary" }),
    n: fit?.n ?? 0,
    bands: fit ? fit.bands.map(banded) : [],
    curve: fit?.spline?.curve ?? [],
  }));
  return harmTrajectoryChart({ outcome: primary.label, groups }, options);
}

/** The primary outcome by support level, with Hedges' g of high − low. */
function erosionChart(results: SurveyResults, options: Options): ChartOutput | string {
  const primary = results.roles.primaryErosion;
  const comparison = results.supportGroups.comparisons.find((c) => c.outcome.id === primary.id);
  if (!comparison) return "the primary outcome has no support comparison";
  const groups = comparison.groups.map(({ level, estimate: cell }) => ({ level, ...estimate(cell) }));
  const shown = (level: string) => comparison.groups.some((g) => g.level === level && !g.estimate.suppressed);
  if (!comparison.tests && shown("low") && shown("high")) return "the groups could not be compared";
  const g = comparison.tests?.hedgesG ?? {
    g: Number.NaN,
    ci95: [Number.NaN, Number.NaN] as [number, number],
  };
  return erosionBySupportChart(
    { outcome: primary.label, groups, effect: { ...g, first: "high", second: "low" } },
    options,
  );
}

/** Capacity to invest then and now by tenure band. */
function capacityChart(results: SurveyResults, options: Options): ChartOutput {
  const bands: CapacityBandEstimate[] = results.capacity.bands.map((band) => {
    const paired = (cell: MeanCell) => ({
      mean: cell.mean ?? Number.NaN,
      ci95: cell.ci95 ?? [Number.NaN, Number.NaN],
    });
    return {
      band: band.band,
      ...(band.then.suppressed ? { hidden: band.then.hidden ?? "primary" } : {}),
      n: band.n ?? 0,
      then: paired(band.then),
      now: paired(band.now),
      change: paired(band.change),
    };
  });
  return capacityThenNowChart({ bands }, options);
}

/** The chart id of the i-th leaver outcome: the first keeps "leavers-versus-stayers", the others add their id. */
export const leaversChartId = (outcome: LeaverOutcome, index: number): string =>
  index === 0
    ? "leavers-versus-stayers"
    : `leavers-versus-stayers-${outcome.outcome.id.replaceAll("_", "-")}`;

/** The verdict sentence of the chart: the contrast, its intervals and the verdict, which names its bound. */
function leaversNote(leaver: LeaverOutcome): string {
  const c = leaver.model?.contrast;
  if (!c || !leaver.equivalence) return leaver.statement;
  return (
    `People who left ${c.toYears} years ago against ${c.fromYears} year${c.fromYears === 1 ? "" : "s"} ago, ` +
    `adjusted for years in support: ${formatNumber(c.estimate)} points (95% CI ${formatInterval(c.ci95)}; 90% CI ` +
    `${formatInterval(leaver.equivalence.ci90)}); verdict: ${leaver.verdict}.`
  );
}

/** One leaver outcome after leaving, with its fitted curve, against people still in support when they were asked. */
function leaversChart(results: SurveyResults, index: number, options: Options): ChartOutput {
  const leaver = results.leavers.outcomes[index]!;
  const { label, kind } = leaver.outcome;
  const terms = results.settings.leaverPlan.yearsSinceLeaving;
  const curveLabel =
    terms.kind === "log1p"
      ? "fit on ln(1 + years since leaving) (adjusted for years in support)"
      : `restricted cubic spline (${terms.knots} knots, adjusted for years in support)`;
  return leaversVersusStayersChart(
    {
      id: leaversChartId(leaver, index),
      outcome: kind === "item" ? "Answer" : label,
      ...(kind === "item" ? { title: `“${label}” by years since leaving support` } : {}),
      // an outcome asked only of leavers has no stayers' cell: the chart says they were not asked
      ...(leaver.stayers ? { stayers: estimate(leaver.stayers) } : {}),
      // hidden leavers keep their row and reason (the chart draws nothing from it)
      leavers: estimate(leaver.leavers),
      byYearsSinceLeaving: leaver.byYearsSinceLeaving.map(banded),
      ...(leaver.model ? { curve: leaver.model.curve, curveLabel } : {}),
      note: leaversNote(leaver),
    },
    options,
  );
}

/**
 * The charts of the survey analysis as vega-lite specs with alt text and data tables, built from the
 * results by the `analysis/charts` builders: the harm trajectory of the primary erosion outcome by
 * institutional-support level (band means and spline curves), the primary outcome by support level with Hedges'
 * g, capacity to invest then and now by tenure band, and each leaver outcome by years since leaving with its fitted
 * curve, against people still in support (with the verdict, which names its bound). Only published numbers are used: suppressed cells stay hidden.
 * Rendering to SVG and PNG is the caller's step (`renderChartSvg`, `renderChartPng`).
 *
 * Cost: O(bands · levels + curve points).
 *
 * @example
 * const { charts } = buildCharts(runSurveyAnalysis(input));
 * charts.map((c) => c.id); // [… "capacity-then-now", "leavers-versus-stayers", "leavers-versus-stayers-left-drain-now"]
 */
export function buildCharts(results: SurveyResults): SurveyCharts {
  const options = {
    minCellSize: results.settings.minCellSize,
    lowPrecisionBelow: results.settings.lowPrecisionBelow,
  };
  const charts: ChartOutput[] = [];
  const notes: string[] = [];
  attempt(charts, notes, "harm-trajectory", () => harmChart(results, options));
  attempt(charts, notes, "erosion-by-support", () => erosionChart(results, options));
  attempt(charts, notes, "capacity-then-now", () => capacityChart(results, options));
  results.leavers.outcomes.forEach((leaver, i) =>
    attempt(charts, notes, leaversChartId(leaver, i), () => leaversChart(results, i, options)),
  );
  return { charts, notes };
}

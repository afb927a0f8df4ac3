import { median } from "simple-statistics";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { formatNumber } from "../charts/format-number";
import { tostCoefficient } from "../tost-coefficient";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { leaverConclusion } from "./leaver-conclusion";
import { fitLeaverCurve, type LeaverCurveData, supportedRange } from "./leaver-curve";
import type { LeaverBound } from "./leaver-plan";
import { publishedMean } from "./mean-cell";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, BandMean, LeaverAnalysis, LeaverOutcome } from "./results-types";
import type { TestFamilies } from "./test-families";
import { bandCounts } from "./trajectory-fit";
import { bandIndex } from "./value-bands";

type Column = Float64Array;

/** Stayers' and leavers' means under the small-cell rule; an outcome asked only of leavers has no stayers' cell. */
function stayersAndLeavers(table: AnalysisTable, y: Column, settings: AnalysisSettings) {
  const [stayerValues] = completeCases([y], (i) => table.leaver[i] === 0);
  const [leaverValues] = completeCases([y], (i) => table.leaver[i] === 1);
  // An outcome asked only of leavers has no stayers' cell (a structural zero, not a small one).
  const measuredInStayers = stayerValues!.length > 0;
  const counts = measuredInStayers ? [stayerValues!.length, leaverValues!.length] : [leaverValues!.length];
  const status = suppressSmallCells(
    counts.map((n) => ({ n, margins: ["all"] })),
    settings.minCellSize,
  );
  const [stayersStatus, leaversStatus] = measuredInStayers ? status : [undefined, status[0]!];
  const stayers = stayersStatus ? publishedMean(stayerValues!, stayersStatus, settings) : null;
  const leavers = publishedMean(leaverValues!, leaversStatus!, settings);
  return { stayers, leavers, shownLeavers: leaversStatus === "shown" };
}

/** Leavers' means by years-since-leaving band, each band under the small-cell rule against the leavers' total. */
function bySinceLeaving(
  table: AnalysisTable,
  y: Column,
  ysl: Column,
  bands: ResolvedRoles["yearsSinceLeaving"]["bands"],
  settings: AnalysisSettings & { shownLeavers: boolean },
): BandMean[] {
  const [yb, xb] = completeCases([y, ysl], (i) => table.leaver[i] === 1) as [Float64Array, Float64Array];
  // Bands of hidden leavers are hidden with them (for the same reason as the leavers' total).
  const bandStatus = suppressSmallCells(
    bandCounts(xb, bands).map((n) => ({
      n,
      margins: ["leavers"],
      preset: settings.shownLeavers ? undefined : n < settings.minCellSize ? "primary" : "complementary",
    })),
    settings.minCellSize,
  );
  return bands.map((band, b) => {
    const values: number[] = [];
    const xs: number[] = [];
    xb.forEach((x, i) => {
      if (bandIndex(bands, x) === b) {
        values.push(yb[i]!);
        xs.push(x);
      }
    });
    const estimate = publishedMean(values, bandStatus[b]!, settings);
    const x = estimate.suppressed ? null : median(xs);
    return { band: band.label, from: band.from, to: band.to, x, estimate };
  });
}

/** The plan's model and contrast, and the contrast's equivalence test, entered in their test families. */
function contrastModel(
  data: LeaverCurveData,
  outcome: ResolvedRoles["leaverOutcomes"][number],
  bound: number,
  settings: AnalysisSettings,
  families: TestFamilies,
): Pick<LeaverOutcome, "model" | "equivalence"> | string {
  const { yearsSinceLeaving, contrast } = settings.leaverPlan;
  const k = settings.minCellSize;
  const range = supportedRange(data.yearsSince, k);
  if (contrast.fromYears < range[0] || contrast.toYears > range[1])
    return (
      `the plan compares ${contrast.fromYears} with ${contrast.toYears} years since leaving, but at least ${k} ` +
      `leavers lie at or beyond each end only from ${formatNumber(range[0])} to ${formatNumber(range[1])} years`
    );
  const fit = fitLeaverCurve(data, yearsSinceLeaving, contrast, range);
  const model = {
    n: fit.n,
    r2: fit.r2,
    terms: yearsSinceLeaving.kind,
    knots: fit.knots,
    range: fit.range,
    yearsInSupport: fit.yearsInSupport,
    contrast: families.add("leavers-contrast", outcome.id, { ...fit.contrast, ...contrast }),
    curve: fit.curve,
  };
  const tost = tostCoefficient({ estimate: fit.contrast.estimate, se: fit.contrast.se, df: fit.df }, bound);
  const equivalence = families.add("leavers-equivalence", outcome.id, {
    bound,
    difference: fit.contrast.estimate,
    ci90: tost.ci90,
    pLower: tost.pLower,
    pUpper: tost.pUpper,
    p: tost.p,
    equivalent: tost.equivalent,
  });
  return { model, equivalence };
}

/** One leaver outcome: the means, and the model when there are enough leavers with every variable. */
function leaverOutcome(
  table: AnalysisTable,
  roles: ResolvedRoles,
  outcome: ResolvedRoles["leaverOutcomes"][number],
  context: { settings: AnalysisSettings; families: TestFamilies; bound: LeaverBound },
): LeaverOutcome {
  const { settings, families, bound } = context;
  const k = settings.minCellSize;
  const y = table.columns.get(outcome.id)!;
  const ysl = table.columns.get(roles.yearsSinceLeaving.id)!;
  const { stayers, leavers, shownLeavers } = stayersAndLeavers(table, y, settings);
  const byYearsSinceLeaving = bySinceLeaving(table, y, ysl, roles.yearsSinceLeaving.bands, {
    ...settings,
    shownLeavers,
  });
  const [ym, yearsSince, yearsIn] = completeCases(
    [y, ysl, table.columns.get(roles.tenure.id)!],
    (i) => table.leaver[i] === 1,
  ) as Float64Array[];
  let fitted: Pick<LeaverOutcome, "model" | "equivalence"> = { model: null, equivalence: null };
  let note: string | null =
    `fewer than ${Math.max(k, 10)} leavers with the outcome, years since leaving and tenure`;
  if (ym!.length >= Math.max(k, 10) && shownLeavers) {
    try {
      const data = { y: ym!, yearsSince: yearsSince!, yearsIn: yearsIn! };
      const result = contrastModel(data, outcome, bound.bound, settings, families);
      if (typeof result === "string") note = result;
      else [fitted, note] = [result, null];
    } catch (error) {
      note = error instanceof Error ? error.message : String(error);
    }
  }
  const base = { outcome, stayers, leavers, byYearsSinceLeaving, ...bound, ...fitted, note };
  return { ...base, conclusion: "not estimated", verdict: "", statement: "" };
}

/**
 * Erosive or depletive? Among people who have left support, each leaver outcome against years since leaving as
 * the analysis plan enters it (a restricted cubic spline or ln(1 + years)), adjusted for years in support
 * ({@link fitLeaverCurve}). The estimand is the difference in the predicted outcome between people who left the
 * plan's `toYears` and `fromYears` ago — estimated only when at least k leavers lie at or beyond each end, never
 * extrapolated — with its 95 % CI (corrected across outcomes), and two one-sided tests of it against the plan's
 * ±bound ({@link tostCoefficient}). The fitted curve with its 95 % band spans the k-th smallest to the k-th
 * largest years since leaving. Also the stayers' and leavers' means and the leavers' means by years-since-leaving
 * band, under the small-cell rule (complementary suppression against the published totals).
 *
 * Cost: O(outcomes · n).
 *
 * @example
 * leaverAnalysis(table, roles, settings, families, plan).outcomes[0].model.contrast; // { estimate: −4.2, … }
 */
export function leaverAnalysis(
  table: AnalysisTable,
  roles: ResolvedRoles,
  settings: AnalysisSettings,
  families: TestFamilies,
  bounds: ReadonlyMap<string, LeaverBound>,
): LeaverAnalysis {
  const leaverCount = table.leaver.filter((l) => l === 1).length;
  const outcomes = roles.leaverOutcomes.map((outcome) =>
    leaverOutcome(table, roles, outcome, { settings, families, bound: bounds.get(outcome.id)! }),
  );
  return { n: leaverCount >= settings.minCellSize ? leaverCount : null, outcomes };
}

/** Fills in each outcome's conclusion once the p-values have been adjusted. */
export function concludeLeavers(leavers: LeaverAnalysis): void {
  for (const outcome of leavers.outcomes) Object.assign(outcome, leaverConclusion(outcome));
}

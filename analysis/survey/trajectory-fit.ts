import { median } from "simple-statistics";
import { lowess } from "../lowess";
import { ols, type OlsFit } from "../ols";
import { splineFit } from "../spline-fit";
import { coefficientWithCI } from "./coefficient-with-ci";
import type { CellStatus } from "../disclosure/suppress-small-cells";
import { publishedMean } from "./mean-cell";
import type { BandMean, TrajectoryFit } from "./results-types";
import { splineCurve } from "./spline-curve";
import type { TestFamilies, TestFamilyId } from "./test-families";
import { bandIndex, type AnswerBand } from "./value-bands";
import { hc3Slope } from "../hc3-slope";

/** Points on the published spline curve. */
const CURVE_POINTS = 60;

/** Context of {@link trajectoryFit}. */
export interface TrajectoryContext {
  bands: readonly AnswerBand[];
  /** per band: may its mean be published, or why not (decided across groups by the caller's small-cell rule) */
  bandStatus: readonly CellStatus[];
  rules: {
    minCellSize: number;
    lowPrecisionBelow: number;
    splineKnots: number;
    loess: { f: number; iter: number };
  };
  families: TestFamilies;
  tests: { linear: TestFamilyId; nonlinearity: TestFamilyId; id: string };
}

/** Respondents per band for tenure values x (for the caller's small-cell rule). */
export function bandCounts(x: Float64Array, bands: readonly AnswerBand[]): number[] {
  const counts = bands.map(() => 0);
  for (const value of x) counts[bandIndex(bands, value)]!++;
  return counts;
}

/** Band means with t-based 95 % CIs and the band's median tenure; hidden bands suppressed. */
function trajectoryBandMeans(x: Float64Array, y: Float64Array, context: TrajectoryContext): BandMean[] {
  const { bands, bandStatus, rules } = context;
  const members = bands.map((): number[] => []);
  const memberX = bands.map((): number[] => []);
  for (let i = 0; i < x.length; i++) {
    const b = bandIndex(bands, x[i]!);
    members[b]!.push(y[i]!);
    memberX[b]!.push(x[i]!);
  }
  return bands.map((band, b) => {
    const estimate = publishedMean(members[b]!, bandStatus[b]!, rules);
    const x = estimate.suppressed ? null : median(memberX[b]!);
    return { band: band.label, from: band.from, to: band.to, x, estimate };
  });
}

/** The spline (its non-linearity test registered) and LOWESS over `curveRange`; a note when the spline fails. */
function trajectoryCurves(
  x: Float64Array,
  y: Float64Array,
  curveRange: [number, number],
  context: TrajectoryContext,
  notes: string[],
): Pick<TrajectoryFit, "spline" | "loess"> & { linearFit: OlsFit | null } {
  const { rules, families, tests } = context;
  const n = x.length;
  let spline: TrajectoryFit["spline"] = null;
  let linearFit: OlsFit | null = null;
  try {
    const s = splineFit(x, y, { nk: rules.splineKnots, gridSize: 2 });
    const { F, df1, df2, p } = s.nonlinearity;
    linearFit = s.linear;
    spline = {
      n,
      knots: s.knots,
      r2: s.fit.r2,
      curve: splineCurve(s.fit, s.knots, curveRange, CURVE_POINTS),
      nonlinearity: families.add(tests.nonlinearity, tests.id, { F, df1, df2, p }),
    };
  } catch (error) {
    notes.push(`spline: ${message(error)}`);
  }
  const smooth = lowess(x, y, rules.loess);
  const points: { x: number; y: number }[] = [];
  smooth.x.forEach((value, i) => {
    const inRange = value >= curveRange[0] && value <= curveRange[1];
    if (inRange && (points.length === 0 || points[points.length - 1]!.x !== value))
      points.push({ x: value, y: smooth.y[i]! });
  });
  return { spline, loess: { n, points }, linearFit };
}

/**
 * Erosion against tenure in one group (complete cases): band means with t-based 95 % CIs and the band's median
 * tenure; the least-squares slope per year; a restricted cubic spline with Harrell's knots ({@link splineFit})
 * drawn with its 95 % band, and its F test of non-linearity against the linear fit; LOWESS ({@link lowess}, R's
 * defaults) as the exploratory smoother. Curves are published only between the k-th smallest and k-th largest
 * tenure (k = minCellSize), so they never trace a lone respondent at the extremes. p-values are registered in
 * their families for correction.
 *
 * Cost: O(n log n + n·f·d) for LOWESS (d distinct tenures fitted), O(n·k²) for the regressions.
 *
 * @example
 * trajectoryFit(tenure, workBurnout, context).spline?.nonlinearity; // { F, df1: 2, df2, p, pAdjusted, family }
 */
export function trajectoryFit(x: Float64Array, y: Float64Array, context: TrajectoryContext): TrajectoryFit {
  const { rules, families, tests } = context;
  const n = x.length;
  const bandMeans = trajectoryBandMeans(x, y, context);
  const notes: string[] = [];
  const k = rules.minCellSize;
  const sorted = Float64Array.from(x).sort();
  const curveRange: [number, number] | null =
    n >= 2 * k && sorted[n - k]! > sorted[k - 1]! ? [sorted[k - 1]!, sorted[n - k]!] : null;
  let curves: Pick<TrajectoryFit, "spline" | "loess"> & { linearFit: OlsFit | null } = {
    spline: null,
    loess: null,
    linearFit: null,
  };
  if (curveRange) curves = trajectoryCurves(x, y, curveRange, context, notes);
  else notes.push(`curves need at least ${2 * k} respondents spread over more than one tenure`);
  let linear: TrajectoryFit["linear"] = null;
  try {
    // the spline's own linear comparison fit when there is one (the same lm(y ~ tenure))
    const fit = curves.linearFit ?? ols(y, { x });
    // The straight line summarises a curve, so its SE must not assume the line is true: HC3 (decision 031).
    const slope = coefficientWithCI(hc3Slope(x, fit.residuals, fit.coefficients.x!.estimate), fit.df);
    linear = families.add(tests.linear, tests.id, { ...slope, n });
  } catch (error) {
    notes.push(`linear fit: ${message(error)}`);
  }
  return {
    n,
    bands: bandMeans,
    linear,
    spline: curves.spline,
    loess: curves.loess,
    curveRange,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

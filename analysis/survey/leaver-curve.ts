import type { CurvePoint } from "../charts/chart-types";
import { tQuantile, tSf } from "../distributions/index";
import { ols, type OlsFit } from "../ols";
import { restrictedCubicSpline } from "../restricted-cubic-spline";
import { coefficientWithCI } from "./coefficient-with-ci";
import type { Coefficient, LeaverPlanSettings } from "./results-types";

/** Points on the fitted curve between the ends of the leavers' range. */
const CURVE_POINTS = 41;

/** Data of {@link fitLeaverCurve}: the model's leavers (complete cases), in the same order. */
export interface LeaverCurveData {
  y: Float64Array;
  yearsSince: Float64Array;
  yearsIn: Float64Array;
}

/** Result of {@link fitLeaverCurve}. */
export interface LeaverCurveFit {
  n: number;
  r2: number;
  df: number;
  knots: number[] | null;
  range: [number, number];
  yearsInSupport: Coefficient;
  /** predicted(toYears) − predicted(fromYears), with its 95 % CI */
  contrast: Coefficient;
  curve: CurvePoint[];
}

/** The basis of years since leaving: the spline's columns at `x` (knots fixed), or ln(1 + x). */
function basisAt(
  terms: LeaverPlanSettings["yearsSinceLeaving"],
  knots: number[] | null,
  x: readonly number[],
) {
  return terms.kind === "log1p" ? [x.map(Math.log1p)] : restrictedCubicSpline(x, { knots: knots! }).columns;
}

/** c·β and √(cᵀVc) for a vector c over the named coefficients. */
function linearCombination(fit: OlsFit, weights: Record<string, number>) {
  const c = fit.names.map((name) => weights[name] ?? 0);
  const estimate = c.reduce((sum, ci, i) => sum + ci * fit.coefficients[fit.names[i]!]!.estimate, 0);
  let variance = 0;
  c.forEach((ci, i) => c.forEach((cj, j) => (variance += ci * fit.vcov[i]![j]! * cj)));
  return { estimate, se: Math.sqrt(variance) };
}

const basisWeights = (columns: number[][], row: number, sign = 1) =>
  Object.fromEntries(columns.map((column, j) => [`ysl${j}`, sign * column[row]!]));

/** The k-th smallest to the k-th largest value: where at least k leavers lie at or beyond each end. */
export function supportedRange(values: Float64Array, k: number): [number, number] {
  const sorted = Float64Array.from(values).sort();
  return [sorted[k - 1]!, sorted[sorted.length - k]!];
}

/**
 * Years since leaving entered by the plan's rule — a restricted cubic spline (knots at Harrell's default quantiles
 * of the leavers' years since leaving, {@link restrictedCubicSpline}) or ln(1 + years) — adjusted for years in
 * support: `lm(y ~ rcs(yearsSince, knots) + yearsIn)`. Returns the contrast between two years since leaving
 * (the difference of the predicted outcome, c·β with SE √(cᵀVc) and a t-based 95 % CI on the residual df) and the
 * predicted curve at the mean years in support with its pointwise 95 % band over `range`.
 *
 * Cost: O(n · p²) for the fit (p = basis columns + 2), O(points · p²) for the curve.
 *
 * @throws errors of {@link restrictedCubicSpline} (too few distinct years) and {@link ols} (collinear columns)
 * @example
 * fitLeaverCurve(data, { kind: "restricted cubic spline", knots: 3 }, { fromYears: 1, toYears: 4 }, [0.5, 6]);
 */
export function fitLeaverCurve(
  data: LeaverCurveData,
  terms: LeaverPlanSettings["yearsSinceLeaving"],
  contrast: LeaverPlanSettings["contrast"],
  range: [number, number],
): LeaverCurveFit {
  const spline = terms.kind === "log1p" ? null : restrictedCubicSpline(data.yearsSince, { nk: terms.knots });
  const knots = spline?.knots ?? null;
  const columns = spline?.columns ?? basisAt(terms, null, Array.from(data.yearsSince));
  const predictors = Object.fromEntries(columns.map((column, j) => [`ysl${j}`, column]));
  const fit = ols(data.y, { ...predictors, yearsInSupport: data.yearsIn });
  const t = tQuantile(0.975, fit.df);
  const ends = basisAt(terms, knots, [contrast.toYears, contrast.fromYears]);
  const difference = linearCombination(
    fit,
    Object.fromEntries(ends.map((column, j) => [`ysl${j}`, column[0]! - column[1]!])),
  );
  const tStat = difference.estimate / difference.se;
  const contrastCoefficient = coefficientWithCI(
    { ...difference, t: tStat, p: 2 * tSf(Math.abs(tStat), fit.df) },
    fit.df,
  );
  const meanYearsIn = data.yearsIn.reduce((sum, v) => sum + v, 0) / data.yearsIn.length;
  const xs = Array.from(
    { length: CURVE_POINTS },
    (_, i) => range[0] + ((range[1] - range[0]) * i) / (CURVE_POINTS - 1),
  );
  const grid = basisAt(terms, knots, xs);
  const curve = xs.map((x, i) => {
    const { estimate, se } = linearCombination(fit, {
      "(Intercept)": 1,
      yearsInSupport: meanYearsIn,
      ...basisWeights(grid, i),
    });
    return { x, fit: estimate, lo: estimate - t * se, hi: estimate + t * se };
  });
  return {
    n: fit.n,
    r2: fit.r2,
    df: fit.df,
    knots,
    range,
    yearsInSupport: coefficientWithCI(fit.coefficients.yearsInSupport!, fit.df),
    contrast: contrastCoefficient,
    curve,
  };
}

import { backSubstitute, householderQr } from "../householder-qr";
import { restrictedCubicSpline } from "../restricted-cubic-spline";
import { SPLINE_KNOTS } from "../survey/survey-options";

/**
 * The cross-sectional curve of a score over tenure, as a basis to fit on some people and predict at other
 * tenures: a restricted cubic spline with the knots every tenure curve of the project uses (SPLINE_KNOTS = 4,
 * Harrell's placement by {@link restrictedCubicSpline}, which takes the interior distinct tenures when there are
 * few), placed once on the first-wave tenures of all the people compared. With fewer than 3 knots to place
 * (at most 4 distinct tenures) the curve is the straight line, and `knots` is empty.
 */
export interface TenureCurve {
  /** the spline's knots (years), empty when the curve is the straight line */
  knots: number[];
  /** the basis at the given tenures, one array per column (tenure, then the non-linear terms) */
  basis: (tenures: ArrayLike<number>) => Float64Array[];
}

/**
 * The {@link TenureCurve} for the first-wave tenures of the people compared.
 *
 * Cost: O(n log n).
 *
 * @example
 * tenureCurve(firstWaveTenure).knots; // e.g. [1.3, 5.18, 11.855, 17.7]
 */
export function tenureCurve(tenure: ArrayLike<number>): TenureCurve {
  let knots: number[] = [];
  try {
    knots = restrictedCubicSpline(tenure, { nk: SPLINE_KNOTS }).knots;
  } catch {
    knots = [];
  }
  const basis = (tenures: ArrayLike<number>) =>
    knots.length >= 3
      ? restrictedCubicSpline(tenures, { knots }).columns.map((c) => Float64Array.from(c))
      : [Float64Array.from(tenures)];
  return { knots, basis };
}

/**
 * Least-squares coefficients (intercept first) of the score on the curve's basis over the selected people
 * (positions into `basis` and `score`, repeats allowed) — R `coef(lm(score ~ basis))`. Householder QR as
 * {@link ols}, without the standard errors a bootstrap replicate does not need.
 *
 * Cost: O(n·p²) for p basis columns.
 *
 * @throws Error from {@link householderQr} when a basis column is collinear in the selection
 * @throws Error "tenureCurveCoefficients requires more people than coefficients"
 */
export function tenureCurveCoefficients(
  basis: readonly Float64Array[],
  score: Float64Array,
  selection: ArrayLike<number>,
): Float64Array {
  if (selection.length <= basis.length + 1)
    throw new Error("tenureCurveCoefficients requires more people than coefficients");
  const pick = (column: Float64Array) => Float64Array.from(selection, (j) => column[j]!);
  const columns = [new Float64Array(selection.length).fill(1), ...basis.map(pick)];
  const names = columns.map((_, c) => (c === 0 ? "(Intercept)" : "x" + "'".repeat(c - 1)));
  const { r, qty } = householderQr(columns, pick(score), names);
  return backSubstitute(r, qty);
}

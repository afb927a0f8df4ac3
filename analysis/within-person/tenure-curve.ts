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

/** The selection as a weight per position: how often each person was drawn. */
function drawCounts(n: number, selection: ArrayLike<number>): Float64Array {
  const weight = new Float64Array(n);
  for (let i = 0; i < selection.length; i++) weight[selection[i]!]! += 1;
  return weight;
}

/** Solves the symmetric positive-definite system A·x = b in place by Cholesky (A is p×p, row-major). */
function choleskySolve(a: Float64Array, b: Float64Array, p: number): Float64Array {
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j]!;
    for (let k = 0; k < j; k++) d -= a[j * p + k]! ** 2;
    if (!(d > 1e-12 * Math.max(1, a[j * p + j]!)))
      throw new Error("tenureCurveCoefficients: a basis column is collinear in the selection");
    const root = Math.sqrt(d);
    a[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let v = a[i * p + j]!;
      for (let k = 0; k < j; k++) v -= a[i * p + k]! * a[j * p + k]!;
      a[i * p + j] = v / root;
    }
  }
  for (let i = 0; i < p; i++) {
    let v = b[i]!;
    for (let k = 0; k < i; k++) v -= a[i * p + k]! * b[k]!;
    b[i] = v / a[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let v = b[i]!;
    for (let k = i + 1; k < p; k++) v -= a[k * p + i]! * b[k]!;
    b[i] = v / a[i * p + i]!;
  }
  return b;
}

/**
 * Least-squares coefficients (intercept first) of the score on the curve's basis over the selected people
 * (positions into `basis` and `score`, repeats allowed) — R `coef(lm(score ~ basis))`. A bootstrap calls it
 * thousands of times, so it solves the normal equations of the centred columns, weighted by how often each
 * person was drawn, instead of a QR of the resampled rows: centring keeps the system well conditioned (the spline
 * columns are on the scale of tenure), and no row is copied.
 *
 * Cost: O(n·p²) for p basis columns, O(p²) memory.
 *
 * @throws Error "tenureCurveCoefficients requires more people than coefficients"
 * @throws Error when a basis column is collinear in the selection
 */
export function tenureCurveCoefficients(
  basis: readonly Float64Array[],
  score: Float64Array,
  selection: ArrayLike<number>,
): Float64Array {
  const p = basis.length;
  if (selection.length <= p + 1)
    throw new Error("tenureCurveCoefficients requires more people than coefficients");
  const weight = drawCounts(score.length, selection);
  const total = selection.length;
  const mean = new Float64Array(p + 1);
  for (let j = 0; j < score.length; j++) {
    const w = weight[j]!;
    if (w === 0) continue;
    for (let c = 0; c < p; c++) mean[c]! += w * basis[c]![j]!;
    mean[p]! += w * score[j]!;
  }
  for (let c = 0; c <= p; c++) mean[c]! /= total;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let j = 0; j < score.length; j++) {
    const w = weight[j]!;
    if (w === 0) continue;
    const y = score[j]! - mean[p]!;
    for (let c = 0; c < p; c++) {
      const x = basis[c]![j]! - mean[c]!;
      xty[c]! += w * x * y;
      for (let d = 0; d <= c; d++) xtx[c * p + d]! += w * x * (basis[d]![j]! - mean[d]!);
    }
  }
  const slopes = choleskySolve(xtx, xty, p);
  let intercept = mean[p]!;
  for (let c = 0; c < p; c++) intercept -= slopes[c]! * mean[c]!;
  return Float64Array.from([intercept, ...slopes]);
}

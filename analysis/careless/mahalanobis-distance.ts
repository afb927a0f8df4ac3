import { completeItemRows } from "../complete-item-rows";
import { chiSquareSf } from "../distributions/chi-square-sf";
import type { ItemRows } from "./longstring";

/** Result of {@link mahalanobisDistance}. */
export interface MahalanobisResult {
  /** D² per input row; null for rows with a blank (not a complete case). */
  d2: (number | null)[];
  /** Upper-tail p of D² on χ²(k) per row, as `pchisq(d2, k, lower.tail = FALSE)`; null where d2 is. */
  p: (number | null)[];
  /** Number of items (columns) = the χ² degrees of freedom. */
  k: number;
  /** Number of complete rows the mean and covariance were estimated from. */
  completeRows: number;
}

/** Pivots below this share of an item's own variance mean the covariance matrix is (numerically) singular. */
const SINGULAR_TOLERANCE = 1e-10;

const SINGULAR_MESSAGE =
  "mahalanobisDistance requires a non-singular covariance matrix (an item is constant among the complete rows, or a linear combination of other items)";

/** Lower-triangular Cholesky factor L of a symmetric positive-definite matrix (A = L·Lᵀ). */
function cholesky(matrix: number[][]): number[][] {
  const k = matrix.length;
  const lower = matrix.map(() => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let pivot = matrix[j]![j]!;
    for (let m = 0; m < j; m++) pivot -= lower[j]![m]! ** 2;
    if (!(pivot > SINGULAR_TOLERANCE * matrix[j]![j]!)) throw new Error(SINGULAR_MESSAGE);
    const root = Math.sqrt(pivot);
    lower[j]![j] = root;
    for (let i = j + 1; i < k; i++) {
      let sum = matrix[i]![j]!;
      for (let m = 0; m < j; m++) sum -= lower[i]![m]! * lower[j]![m]!;
      lower[i]![j] = sum / root;
    }
  }
  return lower;
}

/**
 * Squared Mahalanobis distance of each respondent from the sample centroid (Mahalanobis 1936; as an index of
 * careless responding: Meade & Craig 2012, Psychol. Methods 17, 437–455; Curran 2016, J. Exp. Soc. Psychol.
 * 66, 4–19), as R's `mahalanobis(X, colMeans(X), cov(X))` on the complete cases `X = na.omit(x)`, with each
 * p-value on χ²(k). (R's `careless::mahad` instead uses `psych::outlier`'s available-case estimate.)
 *
 * Method: listwise deletion; mean vector and covariance (n − 1 denominator) of the complete rows; the
 * covariance is factored as L·Lᵀ (Cholesky) and D² = ‖L⁻¹(x − x̄)‖² by forward substitution. Rows with a
 * blank get null. A singular covariance — an item with no variation, or one item a linear combination of
 * others, among the complete rows — has no inverse, so D² is undefined and the function throws, as R's
 * `solve` does. Under multivariate normality D² ~ χ²(k) approximately (large n), so p < .001 is the usual
 * outlier criterion; with ordinal answer scales treat it as a screening rule, not a test.
 *
 * Cost: O(n·k² + k³).
 *
 * @param rows rows = respondents, columns = items; finite numbers or null (blank)
 * @returns { d2, p, k, completeRows }
 * @throws Error "mahalanobisDistance requires at least 2 items"
 * @throws Error "mahalanobisDistance requires every row to have the same number of items"
 * @throws Error "mahalanobisDistance requires finite numbers or null"
 * @throws Error "mahalanobisDistance requires more complete rows than items"
 * @throws Error "mahalanobisDistance requires a non-singular covariance matrix (…)"
 * @example
 * mahalanobisDistance([[1, 2], [2, 1], [3, 4], [4, 3], [5, 5]]).d2; // [2, 2, 1.1111, 1.1111, 1.7778]
 */
export function mahalanobisDistance(rows: ItemRows): MahalanobisResult {
  const { k, rows: complete } = completeItemRows(rows, "mahalanobisDistance");
  const n = complete.length;
  if (n <= k) throw new Error("mahalanobisDistance requires more complete rows than items");
  const mean = new Array<number>(k).fill(0);
  for (const row of complete) for (let j = 0; j < k; j++) mean[j]! += row[j]! / n;
  const covariance = mean.map(() => new Array<number>(k).fill(0));
  for (const row of complete) {
    for (let i = 0; i < k; i++) {
      const di = row[i]! - mean[i]!;
      for (let j = 0; j <= i; j++) covariance[i]![j]! += (di * (row[j]! - mean[j]!)) / (n - 1);
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) covariance[j]![i] = covariance[i]![j]!;
  const lower = cholesky(covariance);
  const d2 = rows.map((row) => {
    if (row.some((value) => value === null)) return null;
    const z = new Array<number>(k).fill(0);
    let sum = 0;
    for (let i = 0; i < k; i++) {
      let value = row[i]! - mean[i]!;
      for (let m = 0; m < i; m++) value -= lower[i]![m]! * z[m]!;
      z[i] = value / lower[i]![i]!;
      sum += z[i]! ** 2;
    }
    return sum;
  });
  return { d2, p: d2.map((value) => (value === null ? null : chiSquareSf(value, k))), k, completeRows: n };
}

import { meanAndVariance } from "./mean-and-variance";

/** Result of {@link welchStandardError}. */
export interface WelchStandardError {
  /** mean(a) − mean(b) */
  meanDiff: number;
  /** standard error of the difference, √(s²_a/n_a + s²_b/n_b) */
  se: number;
  /** Welch–Satterthwaite degrees of freedom (non-integer) */
  df: number;
}

/**
 * The difference of two means with its unpooled standard error and Welch–Satterthwaite degrees of freedom
 * (internal helper of welchTTest and tostWelch).
 *
 * Method: SE² = s²_a/n_a + s²_b/n_b and df = SE⁴ / ((s²_a/n_a)²/(n_a − 1) + (s²_b/n_b)²/(n_b − 1)), with means
 * and variances from {@link meanAndVariance} (Welch, B. L. 1947, Biometrika 34, 28–35; Satterthwaite, F. E.
 * 1946, Biometrics Bulletin 2, 110–114). Inputs must be finite with at least 2 values each (callers check).
 *
 * Cost: O(n_a + n_b).
 *
 * @param a first group
 * @param b second group
 * @param caller the public function's name, used in the error message
 * @returns { meanDiff, se, df }
 * @throws Error "<caller> requires non-zero variance in at least one group" when SE = 0
 * @example
 * // R datasets::sleep, extra by group
 * welchStandardError(sleep1, sleep2, "welchTTest"); // { meanDiff: -1.58, se: 0.849091, df: 17.776474 }
 */
export function welchStandardError(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  caller: string,
): WelchStandardError {
  const ma = meanAndVariance(a);
  const mb = meanAndVariance(b);
  const va = ma.variance / ma.n;
  const vb = mb.variance / mb.n;
  const se2 = va + vb;
  if (!(se2 > 0)) throw new Error(`${caller} requires non-zero variance in at least one group`);
  const df = (se2 * se2) / ((va * va) / (ma.n - 1) + (vb * vb) / (mb.n - 1));
  return { meanDiff: ma.mean - mb.mean, se: Math.sqrt(se2), df };
}

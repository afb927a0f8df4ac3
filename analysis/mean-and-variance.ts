/** Mean and unbiased variance of a sample. */
export interface MeanAndVariance {
  n: number;
  mean: number;
  /** Sample variance with denominator n − 1 (NaN when n < 2). */
  variance: number;
}

/**
 * Mean and sample variance (denominator n − 1) of a sample (internal helper of the tests and effect sizes).
 *
 * Method: the corrected two-pass algorithm (Chan, Golub & LeVeque 1983, "Algorithms for computing the sample
 * variance", The American Statistician 37, eq. 1.7): mean first, then Σ(x − x̄)² − (Σ(x − x̄))²/n, which stays
 * accurate for data with a large mean and a small spread. Inputs must be finite (see assertFiniteSample).
 *
 * Cost: O(n), two passes.
 *
 * @param values a sample of finite numbers
 * @returns { n, mean, variance }
 * @throws never (an empty sample gives mean NaN; n < 2 gives variance NaN — callers check n first)
 * @example
 * meanAndVariance([1, 2, 3, 4]); // { n: 4, mean: 2.5, variance: 1.6666666666666667 }
 */
export function meanAndVariance(values: ArrayLike<number>): MeanAndVariance {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let squares = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    squares += d * d;
    residual += d;
  }
  return { n, mean, variance: n > 1 ? (squares - (residual * residual) / n) / (n - 1) : Number.NaN };
}

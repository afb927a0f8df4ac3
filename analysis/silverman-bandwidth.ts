/** The type-7 quantile (R's default) of sorted values. */
function sortedQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * Silverman's rule-of-thumb bandwidth for a Gaussian kernel density estimate, exactly as R's `bw.nrd0(x)`:
 * 0.9 · min(SD, IQR/1.34) · n^(−1/5), falling back (as R does) to the SD, then |x₁|, then 1 when that is 0.
 *
 * Method: Silverman (1986), Density Estimation for Statistics and Data Analysis, eq. 3.31; the IQR from R's
 * default (type 7) quantiles, the SD with denominator n − 1.
 *
 * Cost: O(n log n) (one sort of a copy); the input is not modified.
 *
 * @param values at least 2 finite numbers
 * @throws Error "silvermanBandwidth requires at least 2 finite values"
 * @example
 * silvermanBandwidth([1, 2, 3, 4, 10]); // 0.97358…, as R bw.nrd0(c(1, 2, 3, 4, 10))
 */
export function silvermanBandwidth(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n < 2 || !sorted.every(Number.isFinite)) {
    throw new Error("silvermanBandwidth requires at least 2 finite values");
  }
  let mean = 0;
  for (const v of sorted) mean += v / n;
  let ss = 0;
  for (const v of sorted) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (n - 1));
  const iqr = sortedQuantile(sorted, 0.75) - sortedQuantile(sorted, 0.25);
  let spread = Math.min(sd, iqr / 1.34);
  if (!(spread > 0)) spread = sd || Math.abs(values[0] as number) || 1;
  return 0.9 * spread * Math.pow(n, -0.2);
}

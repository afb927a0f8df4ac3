/**
 * The robustness weights of lowess' next step, written into `rw`: the bisquare (1 − (r/6M)²)² of each residual
 * r, with M the median absolute residual (weight 1 for |r| ≤ 0.001·6M, 0 beyond 0.999·6M), as R's clowess.
 *
 * Cost: O(n log n) (the median).
 *
 * @returns false, leaving `rw` as it is, when 6M is below 1e-7 × the mean absolute residual (the fit is
 *   already exact: lowess stops early)
 */
export function bisquareWeights(res: Float64Array, meanAbs: number, rw: Float64Array): boolean {
  const n = res.length;
  const sortedAbs = new Float64Array(n);
  for (let k = 0; k < n; k++) sortedAbs[k] = Math.abs(res[k]!);
  sortedAbs.sort();
  const m1 = Math.floor(n / 2);
  const cmad = n % 2 === 0 ? 3 * (sortedAbs[m1]! + sortedAbs[n - m1 - 1]!) : 6 * sortedAbs[m1]!;
  if (cmad < 1e-7 * meanAbs) return false;
  const c9 = 0.999 * cmad;
  const c1 = 0.001 * cmad;
  for (let k = 0; k < n; k++) {
    const r = Math.abs(res[k]!);
    if (r <= c1) rw[k] = 1;
    else if (r <= c9) {
      const q = r / cmad;
      const t = 1 - q * q;
      rw[k] = t * t;
    } else rw[k] = 0;
  }
  return true;
}

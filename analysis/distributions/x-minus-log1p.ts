/**
 * x − ln(1 + x), computed without cancellation for small |x| (internal helper of the distributions).
 *
 * Method: with r = x / (2 + x), ln(1 + x) = 2·atanh(r) = 2(r + r³/3 + r⁵/5 + …) and x − 2r = r·x, so
 * x − ln(1 + x) = r·x − 2(r³/3 + r⁵/5 + …); every term is positive-definite in size, so the result keeps
 * full relative precision even where x − ln(1 + x) ≈ x²/2 is far below x. This is the `rlog1` of
 * Didonato & Morris (1992, ACM TOMS 18, Algorithm 708) and the series behind Loader's (2000) `bd0`.
 * Outside |x| ≤ 0.5 the direct formula loses at most a factor 6 to cancellation.
 *
 * Cost: O(1) (at most ~20 series terms).
 *
 * @param x a number > −1
 * @returns x − ln(1 + x) (≥ 0)
 * @throws never; x ≤ −1 gives Infinity or NaN (callers guarantee x > −1)
 * @example
 * xMinusLog1p(1e-8); // 4.9999999666666676e-17 (the naive 1e-8 - Math.log1p(1e-8) gives 4.999999918875795e-17)
 */
export function xMinusLog1p(x: number): number {
  if (Math.abs(x) > 0.5) return x - Math.log1p(x);
  const r = x / (2 + x);
  const r2 = r * r;
  let power = r * r2;
  let sum = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * 1e-17) break;
    power *= r2;
  }
  return r * x - 2 * sum;
}

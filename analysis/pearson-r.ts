/**
 * Pearson's product-moment correlation r of paired values, or null when x or y does not vary (internal helper of
 * pearson, itemTotalCorrelations and evenOddConsistency).
 *
 * Method: r = Σ(x − x̄)(y − ȳ)/√(Σ(x − x̄)²·Σ(y − ȳ)²) from centred data (two passes: means, then centred sums of
 * squares and products), clamped to [−1, 1] against rounding. Pairs are used as given: x and y must have the same
 * length and hold finite numbers (callers check).
 *
 * Cost: O(n).
 *
 * @param x first variable
 * @param y second variable, same length as x
 * @returns r in [−1, 1], or null when Σ(x − x̄)² or Σ(y − ȳ)² is 0 (so always for fewer than 2 pairs)
 * @throws never (callers validate)
 * @example
 * pearsonR([1, 2, 3, 4], [2, 4, 5, 9]); // 0.9647638212377322
 * pearsonR([1, 2, 3], [5, 5, 5]);       // null
 */
export function pearsonR(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i]!;
    sumY += y[i]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * The p-quantile of sorted values by linear interpolation, R's default `quantile(x, p, type = 7)`:
 * h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (Hyndman & Fan 1996, definition 7).
 *
 * Cost: O(1).
 *
 * @param sorted ascending values, at least one
 * @param p probability in [0, 1]
 * @throws Error "quantileSorted requires at least one value and p in [0, 1]"
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5, as quantile(1:4, 0.5)
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1))
    throw new Error("quantileSorted requires at least one value and p in [0, 1]");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

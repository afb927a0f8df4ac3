/**
 * Indices 0…n−1 ordered by x with ties in input order (R's `order(x)`), by a counting sort over the ranks of the
 * distinct values — O(n log d) for d distinct values, without a comparator call per comparison.
 *
 * @example
 * stableOrder([3, 1, 3, 2]); // Int32Array [1, 3, 0, 2]
 */
export function stableOrder(x: ArrayLike<number>): Int32Array {
  const n = x.length;
  const sorted = Float64Array.from(x).sort();
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  const rank = new Int32Array(n);
  const next = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    next[lo + 1]!++;
  }
  for (let r = 1; r <= distinct.length; r++) next[r]! += next[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[rank[i]!]!++] = i;
  return order;
}

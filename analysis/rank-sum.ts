/** Rank-sum quantities of two samples, from {@link rankSum}. */
export interface RankSum {
  /** Mann–Whitney U of the first sample: #(a > b) + ½·#(a = b) over all pairs (R's W) */
  U: number;
  /** Σ (t³ − t) over groups of tied values in the pooled sample (t = size of the group) */
  tieSum: number;
}

/**
 * The Mann–Whitney U statistic of `a` against `b` and the tie term of its variance (internal helper of
 * mannWhitneyU and cliffsDelta).
 *
 * Method: rank the pooled sample with mid-ranks for ties; U = R_a − n_a(n_a + 1)/2 where R_a is the rank sum
 * of `a` (Mann & Whitney 1947; Wilcoxon 1945). Mid-ranks are multiples of ½, so U is exact in double precision.
 *
 * Cost: O((n_a + n_b)·log(n_a + n_b)) for the sort, O(n_a + n_b) memory.
 *
 * @param a first sample (finite numbers; callers validate)
 * @param b second sample (finite numbers; callers validate)
 * @returns { U, tieSum }
 * @throws never
 * @example
 * rankSum([1, 2, 3], [2, 4]); // { U: 1.5, tieSum: 6 }
 */
export function rankSum(a: ArrayLike<number>, b: ArrayLike<number>): RankSum {
  const na = a.length;
  const n = na + b.length;
  const values = new Float64Array(n);
  const fromA = new Uint8Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < na; i++) {
    values[i] = a[i]!;
    fromA[i] = 1;
  }
  for (let j = 0; j < b.length; j++) values[na + j] = b[j]!;
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => values[i]! - values[j]!);
  let rankSumA = 0;
  let tieSum = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const t = end - start;
    const midRank = (start + 1 + end) / 2; // ranks start+1 … end
    for (let i = start; i < end; i++) if (fromA[order[i]!] === 1) rankSumA += midRank;
    if (t > 1) tieSum += t * t * t - t;
    start = end;
  }
  return { U: rankSumA - (na * (na + 1)) / 2, tieSum };
}

import { assertFiniteSample } from "./assert-finite-sample";
import { rankSum } from "./rank-sum";

/**
 * Cliff's δ, the ordinal dominance effect size of `a` over `b`: δ = P(A > B) − P(A < B) over all n_a·n_b pairs,
 * in [−1, 1] (0 = no dominance). Equals R `effsize::cliff.delta(a, b)$estimate`.
 *
 * Method: δ = 2U/(n_a·n_b) − 1 with U the Mann–Whitney statistic of `a` from mid-ranks (ties count ½), which
 * is the same count as the dominance matrix sign(a_i − b_j) without forming it. Reference: Cliff, N. (1993),
 * "Dominance statistics: Ordinal analyses to answer ordinal questions", Psychological Bulletin 114, 494–509.
 *
 * Cost: O((n_a + n_b)·log(n_a + n_b)).
 *
 * @param a first sample (finite numbers, at least 1)
 * @param b second sample (finite numbers, at least 1)
 * @returns δ in [−1, 1]
 * @throws Error "cliffsDelta requires at least 1 value in each group"
 * @throws Error "cliffsDelta requires finite numbers"
 * @example
 * cliffsDelta([1, 2, 3], [2, 4]); // -0.5: of the 6 pairs one has a > b, four a < b, one is tied
 */
export function cliffsDelta(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length < 1 || b.length < 1) throw new Error("cliffsDelta requires at least 1 value in each group");
  assertFiniteSample(a, "cliffsDelta");
  assertFiniteSample(b, "cliffsDelta");
  const pairs = a.length * b.length;
  const { U } = rankSum(a, b);
  return Math.max(-1, Math.min(1, (2 * U - pairs) / pairs));
}

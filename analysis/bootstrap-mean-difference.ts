import type { BootstrapCIResult } from "./bootstrap-ci";
import { bootstrapResult } from "./bootstrap-result";
import { meanDifferenceDraws } from "./mean-difference-draws";

/**
 * Bootstrap confidence intervals (percentile and BCa) for the difference of two means, mean(a) − mean(b) — the
 * same stratified nonparametric bootstrap as {@link bootstrapCI} with that statistic, but fast for survey scores,
 * which take few distinct values: 2,000 resamples of 100,000 scores take milliseconds instead of seconds.
 *
 * Method: a resample of n values with replacement contains value v_j C_j times, C ~ Multinomial(n, c_j/n) for the
 * observed counts c_j, and its mean is Σ C_j v_j / n; the counts are drawn as conditional binomials (C_1 ~ Bin(n,
 * p_1), C_2 ~ Bin(n − C_1, p_2/(1 − p_1)), …; {@link binomialDraw}), so each replicate has exactly the
 * distribution of the ordinary bootstrap's (Efron & Tibshirani 1993, ch. 6; Davison & Hinkley 1997, §2.3). A
 * sample with more than n/8 distinct values is resampled index by index instead. Each replicate draws a, then b,
 * from {@link createRng}(seed), each sample taken in ascending order, so the result does not depend on the order of
 * the input. Percentile and BCa limits as in bootstrapCI ({@link percentileInterval},
 * {@link bcaInterval}); the BCa acceleration uses the exact delete-one jackknife over all n_a + n_b observations
 * (closed form for a mean: (S_a − a_i)/(n_a − 1) − b̄ and ā − (S_b − b_j)/(n_b − 1)), equal to bootstrapCI's exact
 * jackknife at any n. Not the same random stream as bootstrapCI: same seed, different (equally valid) replicates.
 *
 * Cost: O(B · (d_a + d_b) · s) for d distinct values and s = O(√(n/d)) binomial search steps (O(B · n) for a sample
 * resampled by index), plus O(n log n) to tabulate; O(n + B) memory.
 *
 * @param a first sample (finite numbers, at least 2)
 * @param b second sample (finite numbers, at least 2)
 * @param options.seed seed for {@link createRng}; options.B resamples (default 2000, ≥ 2); options.level (0.95)
 * @throws Error "bootstrapMeanDifference requires at least 2 values in each sample"
 * @throws Error "bootstrapMeanDifference requires finite numbers"
 * @throws Error "bootstrapMeanDifference requires B to be an integer of at least 2"
 * @throws Error "bootstrapMeanDifference requires level strictly between 0 and 1"
 * @throws errors of {@link createRng} (invalid seed) and {@link bcaInterval} (e.g. all replicates on one side)
 * @example
 * const ci = bootstrapMeanDifference(highSupport, lowSupport, { seed: 1 });
 * ci.bca; // [lo, hi] for mean(high) − mean(low)
 */
export function bootstrapMeanDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: { seed: number; B?: number; level?: number },
): BootstrapCIResult {
  const B = options.B ?? 2000;
  const level = options.level ?? 0.95;
  if (a.length < 2 || b.length < 2)
    throw new Error("bootstrapMeanDifference requires at least 2 values in each sample");
  if (!Number.isInteger(B) || B < 2)
    throw new Error("bootstrapMeanDifference requires B to be an integer of at least 2");
  if (!(level > 0 && level < 1))
    throw new Error("bootstrapMeanDifference requires level strictly between 0 and 1");
  const draws = meanDifferenceDraws(a, b, options.seed);
  return bootstrapResult(draws, draws.next(B), { level, method: "both" });
}

import { bootstrapQuantile } from "./bootstrap-quantile";

/**
 * Bootstrap percentile confidence interval: the (1 − level)/2 and (1 + level)/2 quantiles of the bootstrap
 * replicates, as R `boot::boot.ci(type = "perc")`.
 *
 * Method: Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13 (percentile interval), with the
 * quantiles read by normal-scale interpolation between order statistics as in Davison & Hinkley (1997)
 * eq. 5.8 (see {@link bootstrapQuantile}). Non-finite replicates are dropped first, as R does.
 *
 * Cost: O(B log B) time and O(B) memory for B replicates (one sort of a copy; the input is not modified).
 *
 * @param replicates bootstrap replicates θ*₁ … θ*_B (any order)
 * @param level confidence level in (0, 1), default 0.95
 * @returns [lower, upper]
 * @throws Error "percentileInterval requires at least one finite replicate"
 * @throws Error "percentileInterval requires level strictly between 0 and 1"
 * @example
 * percentileInterval(replicates, 0.95); // [θ*(0.025), θ*(0.975)]
 */
export function percentileInterval(replicates: ArrayLike<number>, level = 0.95): [number, number] {
  if (!(level > 0 && level < 1))
    throw new Error("percentileInterval requires level strictly between 0 and 1");
  const sorted = Float64Array.from(replicates).filter(Number.isFinite).sort();
  if (sorted.length === 0) throw new Error("percentileInterval requires at least one finite replicate");
  return [bootstrapQuantile(sorted, (1 - level) / 2), bootstrapQuantile(sorted, (1 + level) / 2)];
}

import { bootstrapDraws, type ResampledSample } from "./bootstrap-draws";
import { bootstrapResult } from "./bootstrap-result";
import type { BootstrapSample } from "./bootstrap-strata";

export type { BootstrapSample } from "./bootstrap-strata";
export type { ResampledSample } from "./bootstrap-draws";

/** Arguments of {@link bootstrapCI}. */
export interface BootstrapCIArgs<S extends readonly BootstrapSample[]> {
  /** One or more independent samples; each is resampled separately (stratified bootstrap). */
  samples: S;
  /**
   * The statistic, called with one (re)sampled array or record per sample, in order. It must not keep or
   * modify the arrays (they are reused buffers) and must not depend on the order of the observations.
   */
  statistic: (...groups: { [I in keyof S]: ResampledSample<S[I]> }) => number;
  /** Seed for {@link createRng}: an integer in [0, 2^32 − 1]. */
  seed: number;
  /** Number of bootstrap resamples. Default 2000. */
  B?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Which interval(s) to compute. Default "both". */
  method?: "percentile" | "bca" | "both";
  /**
   * Jackknife blocks for the BCa acceleration. Default: the exact delete-one jackknife (one block per
   * observation) when there are at most 10,000 observations in all, else 1,000 blocks of randomly assigned
   * observations (a delete-a-group jackknife, which keeps the cost at O(1000·n)).
   */
  jackknifeBlocks?: number;
}

/** Result of {@link bootstrapCI}. */
export interface BootstrapCIResult {
  /** The statistic on the original samples. */
  estimate: number;
  /** Bootstrap standard error: SD of the finite replicates (denominator B − 1). */
  se: number;
  /** Bootstrap bias estimate: mean of the finite replicates − estimate. */
  bias: number;
  /** Percentile interval (when method is "percentile" or "both"). */
  percentile?: [number, number];
  /** BCa interval (when method is "bca" or "both"). */
  bca?: [number, number];
  /** BCa bias correction ẑ₀ (when BCa was computed). */
  z0?: number;
  /** BCa acceleration â (when BCa was computed). */
  acceleration?: number;
  /** Number of resamples drawn. */
  B: number;
  /** Replicates that were not finite and were left out (as R's boot.ci does). */
  nonFinite: number;
  seed: number;
  level: number;
  /** The B replicates, in the order drawn. */
  replicates: Float64Array;
}

/**
 * Bootstrap confidence interval (percentile and/or BCa) for a statistic of one or more independent samples,
 * reproducible for a given seed.
 *
 * Method: nonparametric bootstrap (Efron & Tibshirani 1993, An Introduction to the Bootstrap): each sample is
 * resampled with replacement separately (stratified, so two-sample statistics keep their group sizes), using
 * {@link createRng}(seed); resample b draws all of sample 1's indices, then sample 2's, and so on. Percentile limits
 * per E&T ch. 13 and BCa limits per E&T ch. 14 (§14.3, acceleration from the jackknife, eq. 14.15), both read
 * from the replicates as R's `boot.ci` does (see {@link percentileInterval}, {@link bcaInterval}). For several
 * samples the jackknife leaves out each observation of every sample in turn (all n₁ + n₂ + … values enter
 * eq. 14.15 together). Above 10,000 observations the default is a delete-a-group jackknife with 1,000 blocks
 * (observations assigned to blocks at random, within samples, proportionally to sample size, from a stream of its
 * own so that the replicates do not depend on it), which estimates
 * the same acceleration at a fraction of the O(n²) cost; set `jackknifeBlocks` to control it.
 * Resampling writes into preallocated Float64Array buffers, so a statistic that avoids allocation runs
 * allocation-free.
 *
 * Cost: O(B · (n + cost of the statistic)) for the resamples, plus (for BCa) J evaluations of the statistic for
 * J jackknife blocks (J = n up to 10,000 observations); O(n + B) memory.
 *
 * @throws Error "bootstrapCI requires at least one sample"
 * @throws Error "bootstrapCI requires at least 2 observations in each sample"
 * @throws Error "bootstrapCI requires the columns of a sample to have equal lengths"
 * @throws Error "bootstrapCI requires finite sample values"
 * @throws Error "bootstrapCI requires B to be an integer of at least 2"
 * @throws Error "bootstrapCI requires level strictly between 0 and 1"
 * @throws Error "bootstrapCI requires jackknifeBlocks to be an integer of at least 2"
 * @throws Error "bootstrapCI requires the statistic to be finite on the original samples"
 * @throws Error "bootstrapCI requires at least one finite bootstrap replicate"
 * @throws errors of {@link createRng} (invalid seed) and {@link bcaInterval} (e.g. all replicates on one side of
 *   the estimate)
 * @example
 * const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;
 * const ci = bootstrapCI({ samples: [a, b], statistic: (a, b) => mean(a) - mean(b), seed: 1 });
 * ci.percentile; // [lo, hi]
 * ci.bca;        // [lo, hi]
 * const r = bootstrapCI({ samples: [{ lsat, gpa }], statistic: (d) => correlation(d.lsat, d.gpa), seed: 1 });
 */
export function bootstrapCI<const S extends readonly BootstrapSample[]>(
  args: BootstrapCIArgs<S>,
): BootstrapCIResult {
  const B = args.B ?? 2000;
  const level = args.level ?? 0.95;
  const method = args.method ?? "both";
  if (args.samples.length === 0) throw new Error("bootstrapCI requires at least one sample");
  if (!Number.isInteger(B) || B < 2) throw new Error("bootstrapCI requires B to be an integer of at least 2");
  if (!(level > 0 && level < 1)) throw new Error("bootstrapCI requires level strictly between 0 and 1");
  const draws = bootstrapDraws(args);
  return bootstrapResult(draws, draws.next(B), { level, method });
}

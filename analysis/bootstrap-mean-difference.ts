import { assertFiniteSample } from "./assert-finite-sample";
import { bcaInterval } from "./bca-interval";
import { binomialDraw } from "./binomial-draw";
import type { BootstrapCIResult } from "./bootstrap-ci";
import { percentileInterval } from "./percentile-interval";
import { createRng, type Rng } from "./seeded-rng";

/** Multinomial resampling pays off when values repeat: at most one distinct value per this many observations. */
const MAX_DISTINCT_SHARE = 1 / 8;

/** A sample as its distinct values with counts, for multinomial resampling. */
interface Tabulated {
  n: number;
  values: Float64Array;
  /** counts[j] / tails[j] is the probability of values[j] given that none of values[0..j−1] was drawn */
  counts: Float64Array;
  tails: Float64Array;
  /** the sample in ascending order: resampling and sums read this, so the input order does not matter */
  source: Float64Array;
  multinomial: boolean;
}

function tabulate(sample: ArrayLike<number>): Tabulated {
  const sorted = Float64Array.from(sample).sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]!++;
    else {
      values.push(v);
      counts.push(1);
    }
  }
  const tails = new Float64Array(counts.length);
  for (let j = counts.length - 1, sum = 0; j >= 0; j--) tails[j] = sum += counts[j]!;
  const n = sorted.length;
  const multinomial = values.length <= Math.max(1, n * MAX_DISTINCT_SHARE);
  return {
    n,
    values: Float64Array.from(values),
    counts: Float64Array.from(counts),
    tails,
    source: sorted,
    multinomial,
  };
}

/** The mean of one resample: multinomial counts over the distinct values, or n indices drawn directly. */
function resampledMean(s: Tabulated, rng: Rng, indices: Uint32Array): number {
  let sum = 0;
  if (s.multinomial) {
    let left = s.n;
    const last = s.values.length - 1;
    for (let j = 0; j < last && left > 0; j++) {
      const drawn = binomialDraw(rng, left, s.counts[j]! / s.tails[j]!);
      sum += drawn * s.values[j]!;
      left -= drawn;
    }
    sum += left * s.values[last]!;
  } else {
    rng.fillInts(indices, s.n);
    for (let i = 0; i < s.n; i++) sum += s.source[indices[i]!]!;
  }
  return sum / s.n;
}

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
  const { seed } = options;
  const B = options.B ?? 2000;
  const level = options.level ?? 0.95;
  if (a.length < 2 || b.length < 2)
    throw new Error("bootstrapMeanDifference requires at least 2 values in each sample");
  assertFiniteSample(a, "bootstrapMeanDifference");
  assertFiniteSample(b, "bootstrapMeanDifference");
  if (!Number.isInteger(B) || B < 2)
    throw new Error("bootstrapMeanDifference requires B to be an integer of at least 2");
  if (!(level > 0 && level < 1))
    throw new Error("bootstrapMeanDifference requires level strictly between 0 and 1");
  const rng = createRng(seed);
  const ta = tabulate(a);
  const tb = tabulate(b);
  let sa = 0;
  let sb = 0;
  for (const v of ta.source) sa += v;
  for (const v of tb.source) sb += v;
  const meanA = sa / ta.n;
  const meanB = sb / tb.n;
  const estimate = meanA - meanB;

  const indices = new Uint32Array(Math.max(ta.multinomial ? 0 : ta.n, tb.multinomial ? 0 : tb.n));
  const replicates = new Float64Array(B);
  let sum = 0;
  for (let r = 0; r < B; r++) {
    const ma = resampledMean(ta, rng, indices.subarray(0, ta.n));
    replicates[r] = ma - resampledMean(tb, rng, indices.subarray(0, tb.n));
    sum += replicates[r]!;
  }
  const meanReplicate = sum / B;
  let ss = 0;
  for (const v of replicates) ss += (v - meanReplicate) ** 2;

  const jackknife = new Float64Array(ta.n + tb.n);
  ta.source.forEach((v, i) => (jackknife[i] = (sa - v) / (ta.n - 1) - meanB));
  tb.source.forEach((v, j) => (jackknife[ta.n + j] = meanA - (sb - v) / (tb.n - 1)));
  const bca = bcaInterval({ replicates, estimate, jackknife, level });
  return {
    estimate,
    se: Math.sqrt(ss / (B - 1)),
    bias: meanReplicate - estimate,
    percentile: percentileInterval(replicates, level),
    bca: bca.interval,
    z0: bca.z0,
    acceleration: bca.acceleration,
    B,
    nonFinite: 0,
    seed,
    level,
    replicates,
  };
}

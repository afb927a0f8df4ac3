// The replicates of bootstrapMeanDifference as an extendable stream (multinomial resampling of repeated scores).
import { assertFiniteSample } from "./assert-finite-sample";
import { binomialDraw } from "./binomial-draw";
import type { BootstrapDraws } from "./bootstrap-draws";
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
 * The estimate mean(a) − mean(b), an extendable stream of its bootstrap replicates and the exact delete-one
 * jackknife, as `bootstrapMeanDifference` uses them: each replicate draws a, then b, from {@link createRng}(seed),
 * each sample in ascending order; `next(B₁)` then `next(B₂)` equals one `next(B₁ + B₂)`.
 *
 * Cost: O(n log n) to tabulate; per replicate O((d_a + d_b) · s) (see `bootstrapMeanDifference`); O(n) jackknife.
 *
 * @throws Error "bootstrapMeanDifference requires at least 2 values in each sample"
 * @throws Error "bootstrapMeanDifference requires finite numbers"
 * @example
 * const draws = meanDifferenceDraws(high, low, 1); draws.next(2000);
 */
export function meanDifferenceDraws(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  seed: number,
): BootstrapDraws {
  if (a.length < 2 || b.length < 2)
    throw new Error("bootstrapMeanDifference requires at least 2 values in each sample");
  assertFiniteSample(a, "bootstrapMeanDifference");
  assertFiniteSample(b, "bootstrapMeanDifference");
  const rng = createRng(seed);
  const ta = tabulate(a);
  const tb = tabulate(b);
  let sa = 0;
  let sb = 0;
  for (const v of ta.source) sa += v;
  for (const v of tb.source) sb += v;
  const meanA = sa / ta.n;
  const meanB = sb / tb.n;
  const indices = new Uint32Array(Math.max(ta.multinomial ? 0 : ta.n, tb.multinomial ? 0 : tb.n));
  return {
    estimate: meanA - meanB,
    seed,
    next: (count) => {
      const replicates = new Float64Array(count);
      for (let r = 0; r < count; r++) {
        const ma = resampledMean(ta, rng, indices.subarray(0, ta.n));
        replicates[r] = ma - resampledMean(tb, rng, indices.subarray(0, tb.n));
      }
      return replicates;
    },
    jackknife: () => {
      const jackknife = new Float64Array(ta.n + tb.n);
      ta.source.forEach((v, i) => (jackknife[i] = (sa - v) / (ta.n - 1) - meanB));
      tb.source.forEach((v, j) => (jackknife[ta.n + j] = meanA - (sb - v) / (tb.n - 1)));
      return jackknife;
    },
  };
}

import { describe, expect, it } from "vitest";
import { bootstrapCI } from "../../../analysis/bootstrap-ci";
import { bootstrapMeanDifference } from "../../../analysis/bootstrap-mean-difference";
import { createRng } from "../../../analysis/seeded-rng";

const mean = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
};
/** The bootstrap (plug-in) standard error of a mean difference: √(σ̂²_a/n_a + σ̂²_b/n_b), σ̂² with denominator n. */
const plugInSe = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const v = (x: ArrayLike<number>) => {
    const m = mean(x);
    let ss = 0;
    for (let i = 0; i < x.length; i++) ss += (x[i]! - m) ** 2;
    return ss / x.length / x.length;
  };
  return Math.sqrt(v(a) + v(b));
};
/** Scores on a 0–100 scale in steps of 100/24, like a six-item CBI scale. */
function scores(n: number, shift: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => {
    const raw = 50 + shift + 25 * (rng.next() + rng.next() + rng.next() - 1.5);
    return (Math.round((Math.min(100, Math.max(0, raw)) / 100) * 24) / 24) * 100;
  });
}

describe("bootstrapMeanDifference", () => {
  const a = Object.freeze(Array.from(scores(400, -6, 1)));
  const b = Object.freeze(Array.from(scores(300, 0, 2)));

  it("gives the estimate and the exact-jackknife acceleration that bootstrapCI gives", () => {
    const fast = bootstrapMeanDifference(a, b, { seed: 1 });
    const reference = bootstrapCI({ samples: [a, b], statistic: (x, y) => mean(x) - mean(y), seed: 1 });
    expect(fast.estimate).toBeCloseTo(mean(a) - mean(b), 12);
    // n ≤ 10,000: bootstrapCI's acceleration comes from the exact delete-one jackknife, as here
    expect(fast.acceleration! / reference.acceleration!).toBeCloseTo(1, 10);
  });

  // Monte Carlo agreement only: the replicates come from another random stream than bootstrapCI's.
  it("has the ordinary bootstrap's distribution (multinomial counts of the distinct scores)", () => {
    const fast = bootstrapMeanDifference(a, b, { seed: 3, B: 4000 });
    const reference = bootstrapCI({
      samples: [a, b],
      statistic: (x, y) => mean(x) - mean(y),
      seed: 3,
      B: 4000,
    });
    const se = plugInSe(a, b);
    expect(Math.abs(fast.se / se - 1)).toBeLessThan(0.05);
    expect(Math.abs(reference.se / se - 1)).toBeLessThan(0.05);
    for (const side of [0, 1] as const) {
      expect(Math.abs(fast.bca![side] - reference.bca![side])).toBeLessThan(0.15 * se * 4);
      expect(Math.abs(fast.percentile![side] - reference.percentile![side])).toBeLessThan(0.15 * se * 4);
    }
    expect(fast.B).toBe(4000);
    expect(fast.seed).toBe(3);
    expect(fast.nonFinite).toBe(0);
  });

  it("resamples index by index when values hardly repeat", () => {
    const rng = createRng(8);
    const x = Float64Array.from({ length: 500 }, () => rng.next() * 10);
    const y = Float64Array.from({ length: 500 }, () => rng.next() * 10 + 1);
    const fast = bootstrapMeanDifference(x, y, { seed: 4, B: 4000 });
    expect(Math.abs(fast.se / plugInSe(x, y) - 1)).toBeLessThan(0.05);
    expect(fast.bca![0]).toBeLessThan(mean(x) - mean(y));
    expect(fast.bca![1]).toBeGreaterThan(mean(x) - mean(y));
  });

  it("is reproducible for a seed and differs between seeds", () => {
    const first = bootstrapMeanDifference(a, b, { seed: 11, B: 500 });
    expect(bootstrapMeanDifference(a, b, { seed: 11, B: 500 }).replicates).toEqual(first.replicates);
    expect(bootstrapMeanDifference(a, b, { seed: 12, B: 500 }).replicates).not.toEqual(first.replicates);
  });

  it("throws on invalid input", () => {
    expect(() => bootstrapMeanDifference([1], [1, 2], { seed: 1 })).toThrow(
      "bootstrapMeanDifference requires at least 2 values in each sample",
    );
    expect(() => bootstrapMeanDifference([1, Number.NaN], [1, 2], { seed: 1 })).toThrow(
      "bootstrapMeanDifference requires finite numbers",
    );
    expect(() => bootstrapMeanDifference([1, 2], [1, 2], { seed: 1, B: 1 })).toThrow(
      "bootstrapMeanDifference requires B to be an integer of at least 2",
    );
    expect(() => bootstrapMeanDifference([1, 2], [1, 2], { seed: 1, level: 1 })).toThrow(
      "bootstrapMeanDifference requires level strictly between 0 and 1",
    );
  });
});

import { describe, expect, it } from "vitest";
import { bootstrapBoundMcse } from "../../../analysis/bootstrap-bound-mcse";
import { bootstrapCI, type BootstrapCIResult } from "../../../analysis/bootstrap-ci";
import { bootstrapMeanDifference } from "../../../analysis/bootstrap-mean-difference";
import { normalQuantile } from "../../../analysis/distributions/index";
import { createRng } from "../../../analysis/seeded-rng";

const mean = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
};
const sd = (v: readonly number[]): number => {
  const m = mean(v);
  return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1));
};
const correlation = (x: ArrayLike<number>, y: ArrayLike<number>): number => {
  const [mx, my] = [mean(x), mean(y)];
  let [sxy, sxx, syy] = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
};

/** Over 200 seeds: the four bounds (percentile lo/hi, BCa lo/hi) and their estimated MCSEs, per seed. */
function overSeeds(run: (seed: number) => BootstrapCIResult) {
  const bounds: number[][] = [[], [], [], []];
  const mcse: number[][] = [[], [], [], []];
  for (let seed = 1; seed <= 200; seed++) {
    const ci = run(seed);
    const m = bootstrapBoundMcse(ci);
    [...ci.percentile!, ...ci.bca!].forEach((v, i) => bounds[i]!.push(v));
    [...m.percentile, ...m.bca!].forEach((v, i) => mcse[i]!.push(v));
  }
  return { spread: bounds.map(sd), meanMcse: mcse.map((m) => mean(m)) };
}

// Law-school data (E&T 1993 Table 3.1) and mtcars mpg by am, as in bootstrap-ci.test.ts
const lsat = Object.freeze([576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594]);
const gpa = Object.freeze([
  3.39, 3.3, 2.81, 3.03, 3.44, 3.07, 3.0, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96,
]);
const am0 = Object.freeze([
  21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3,
  19.2,
]);
const am1 = Object.freeze([21, 21, 22.8, 32.4, 30.4, 33.9, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4]);

describe("bootstrapBoundMcse", () => {
  // The reference is R's own Monte Carlo spread: the SD of each bound over 200 runs of R boot 1.3-28 at B = 2000
  // (set.seed(1000 + r) / set.seed(5000 + r); the calls are quoted in bootstrap-ci.test.ts). That SD has a relative
  // sampling error of about 1/√(2·199) = 5 %, so we allow 15 % (3 of those errors).
  it("averaged over 200 seeds, matches the spread of the bounds over 200 runs of R boot", () => {
    const law = overSeeds((seed) =>
      bootstrapCI({ samples: [{ lsat, gpa }], statistic: (d) => correlation(d.lsat, d.gpa), seed }),
    );
    // R: percentile [0.012054, 0.002415], BCa [0.027741, 0.003143]
    const lawR = [0.012053616238255228, 0.0024153366815108232, 0.027740588622017771, 0.0031434313394247608];
    const cars = overSeeds((seed) =>
      bootstrapCI({ samples: [am0, am1], statistic: (a, b) => mean(a) - mean(b), seed }),
    );
    // R: percentile [0.097011, 0.113008], BCa [0.126296, 0.136541]
    const carsR = [0.097011120069549289, 0.11300843170691401, 0.12629596599472878, 0.13654146718082186];
    lawR.forEach((r, i) => expect(Math.abs(law.meanMcse[i]! / r - 1)).toBeLessThan(0.15));
    carsR.forEach((r, i) => expect(Math.abs(cars.meanMcse[i]! / r - 1)).toBeLessThan(0.15));
  });

  // An empirical check of the estimator (not a reference value): for one fixed data set, the SD of each bound over
  // 200 seeds is the true Monte Carlo error; the mean estimated MCSE must be within 15 % of it (5 % sampling error
  // of the SD, plus the kernel density's small smoothing bias, which makes the estimate a few per cent low).
  it("estimates the seed-to-seed SD of each bound for a skewed mean difference (B = 2000)", () => {
    const rng = createRng(5);
    const a = Float64Array.from({ length: 60 }, () => Math.exp(rng.next() * 2));
    const b = Float64Array.from({ length: 50 }, () => Math.exp(rng.next() * 1.5));
    const { spread, meanMcse } = overSeeds((seed) => bootstrapMeanDifference(a, b, { seed, B: 2000 }));
    spread.forEach((s, i) => expect(Math.abs(meanMcse[i]! / s - 1)).toBeLessThan(0.15));
  });

  it("gives p(1 − p)/(B g²) for a percentile bound, and the BCa term for ẑ₀ (1.26 times that at ẑ₀ = â = 0)", () => {
    const B = 4000;
    // a perfectly normal set of replicates: the (i − ½)/B quantiles of N(0, 1)
    const replicates = Object.freeze(Array.from({ length: B }, (_, i) => normalQuantile((i + 0.5) / B)));
    const m = bootstrapBoundMcse({ replicates, estimate: 0, acceleration: 0 });
    const phi = Math.exp(-0.5 * 1.959964 ** 2) / Math.sqrt(2 * Math.PI);
    const exact = Math.sqrt((0.025 * 0.975) / B) / phi; // 0.0422; the kernel estimate of g smooths a little
    expect(Math.abs(m.percentile[0] / exact - 1)).toBeLessThan(0.06);
    expect(m.percentile[1]).toBeCloseTo(m.percentile[0], 10);
    // c = 2φ(1.96)/φ(0) = 0.2930; [c²·¼ + 0.025·0.975 − 2c(0.025 − 0.0125)] / (0.025·0.975) = 1.5800 → √ = 1.2570
    expect(m.bca![0] / m.percentile[0]).toBeCloseTo(1.257, 3);
    expect(bootstrapBoundMcse({ replicates }).bca).toBeUndefined();
  });

  it("throws on invalid input", () => {
    expect(() => bootstrapBoundMcse({ replicates: [1, Number.NaN] })).toThrow(
      "bootstrapBoundMcse requires at least 2 finite replicates",
    );
    expect(() => bootstrapBoundMcse({ replicates: [1, 2], level: 1 })).toThrow(
      "bootstrapBoundMcse requires level strictly between 0 and 1",
    );
    expect(() => bootstrapBoundMcse({ replicates: [1, 2, 3], estimate: 0, acceleration: 0 })).toThrow(
      "bootstrapBoundMcse requires some but not all replicates below the estimate",
    );
  });
});

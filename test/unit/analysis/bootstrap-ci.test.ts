import { describe, expect, it } from "vitest";
import { bootstrapCI } from "../../../analysis/bootstrap-ci";
import { createRng } from "../../../analysis/seeded-rng";

const mean = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
};
const correlation = (x: ArrayLike<number>, y: ArrayLike<number>): number => {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
};

// Law-school data, Efron & Tibshirani (1993) Table 3.1 (reference case 8 in /work/shared/reference/statistics-cases.md)
const lsat = Object.freeze([576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594]);
const gpa = Object.freeze([
  3.39, 3.3, 2.81, 3.03, 3.44, 3.07, 3.0, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96,
]);
const law = Object.freeze({ lsat, gpa });

// mtcars mpg by transmission (reference case 2): am = 0 (n 19) and am = 1 (n 13)
const am0 = Object.freeze([
  21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3,
  19.2,
]);
const am1 = Object.freeze([21, 21, 22.8, 32.4, 30.4, 33.9, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4]);

/**
 * Monte-Carlo tolerance. RNG streams differ from R's, so a single run of B = 2000 resamples can only agree with R
 * up to Monte-Carlo error. The R reference is the mean over 200 independent R runs of B = 2000 (its own error is
 * SD/√200, negligible); `sd` is the SD of one run's result across those runs, which is also the SD of our single
 * run. We allow 4 SD (two-sided false-alarm rate 6e-5; the seed is fixed, so the test is deterministic anyway).
 */
const expectWithinMonteCarlo = (actual: number, rMean: number, rSd: number): void => {
  expect(Math.abs(actual - rMean)).toBeLessThan(4 * rSd);
};

describe("bootstrapCI", () => {
  it("law school correlation: estimate and acceleration exactly, intervals within Monte-Carlo error of R boot", () => {
    const ci = bootstrapCI({
      samples: [law],
      statistic: (d) => correlation(d.lsat, d.gpa),
      B: 2000,
      seed: 2024,
    });
    // R 4.2.2: cor(lsat, gpa) → 0.77637449128940705 (E&T: r = 0.776)
    expect(ci.estimate).toBeCloseTo(0.77637449128940705, 14);
    // R 4.2.2: jack <- sapply(1:15, function(i) cor(lsat[-i], gpa[-i])); L <- mean(jack) - jack
    //          sum(L^3) / (6 * sum(L^2)^1.5) → -0.075671564937879382   (E&T eq. 14.15)
    expect(ci.acceleration).toBeCloseTo(-0.075671564937879382, 14);
    // R 4.2.2, boot 1.3-28, mean (SD) over 200 runs of
    //   set.seed(1000 + r); b <- boot(law, function(d, i) cor(d$lsat[i], d$gpa[i]), R = 2000)
    //   c(sd(b$t), boot.ci(b, conf = 0.95, type = c("perc", "bca"), L = L)$percent[4:5], …$bca[4:5])
    // → SE 0.133558 (0.002509), percentile [0.458453 (0.012054), 0.962028 (0.002415)],
    //   BCa [0.328415 (0.027741), 0.941685 (0.003143)]
    expectWithinMonteCarlo(ci.se, 0.13355825650230269, 0.0025094716356888159);
    expectWithinMonteCarlo(ci.percentile![0], 0.45845291423123319, 0.012053616238255228);
    expectWithinMonteCarlo(ci.percentile![1], 0.9620284688841062, 0.0024153366815108232);
    expectWithinMonteCarlo(ci.bca![0], 0.32841463602647425, 0.027740588622017771);
    expectWithinMonteCarlo(ci.bca![1], 0.94168469847150493, 0.0031434313394247608);
    // Published (E&T 1993, reference case 8, Monte-Carlo values): SE ≈ 0.134, percentile ≈ [0.46, 0.96],
    // BCa ≈ [0.33, 0.94]
    expect(ci.se).toBeCloseTo(0.134, 2);
    expect(ci.percentile![0]).toBeCloseTo(0.46, 1);
    expect(ci.percentile![1]).toBeCloseTo(0.96, 1);
    expect(ci.bca![0]).toBeCloseTo(0.33, 1);
    expect(ci.bca![1]).toBeCloseTo(0.94, 1);
    expect(ci).toMatchObject({ B: 2000, seed: 2024, level: 0.95, nonFinite: 0 });
  });

  it("two samples (mtcars mpg by am): stratified resampling, pooled jackknife, within Monte-Carlo error of R boot", () => {
    const ci = bootstrapCI({
      samples: [am0, am1],
      statistic: (a, b) => mean(a) - mean(b),
      B: 2000,
      seed: 77,
    });
    // R 4.2.2: mean(am0) - mean(am1) → -7.2449392712550598
    expect(ci.estimate).toBeCloseTo(-7.2449392712550598, 12);
    // R 4.2.2, jackknife over all 32 observations (each left out of its own group):
    //   jack <- c(sapply(seq_along(am0), function(i) mean(am0[-i]) - mean(am1)),
    //             sapply(seq_along(am1), function(i) mean(am0) - mean(am1[-i])))
    //   L <- mean(jack) - jack; sum(L^3) / (6 * sum(L^2)^1.5) → -0.0018886436831425663
    expect(ci.acceleration).toBeCloseTo(-0.0018886436831425663, 14);
    // R 4.2.2, boot 1.3-28, mean (SD) over 200 runs of
    //   dd <- data.frame(mpg = c(am0, am1), g = rep(0:1, c(19, 13))); set.seed(5000 + r)
    //   b <- boot(dd, function(d, i) { x <- d[i, ]; mean(x$mpg[x$g == 0]) - mean(x$mpg[x$g == 1]) },
    //             R = 2000, strata = dd$g)
    //   boot.ci(b, conf = 0.95, type = c("perc", "bca"), L = L)
    // → SE 1.857524 (0.028815), percentile [-10.897056 (0.097011), -3.621208 (0.113008)],
    //   BCa [-10.911058 (0.126296), -3.631836 (0.136541)]
    expectWithinMonteCarlo(ci.se, 1.8575244038511347, 0.028815316558134574);
    expectWithinMonteCarlo(ci.percentile![0], -10.897055519980576, 0.097011120069549289);
    expectWithinMonteCarlo(ci.percentile![1], -3.6212083023045967, 0.11300843170691401);
    expectWithinMonteCarlo(ci.bca![0], -10.911057968403989, 0.12629596599472878);
    expectWithinMonteCarlo(ci.bca![1], -3.6318361275839064, 0.13654146718082186);
  });

  it("averaged over 200 seeds, agrees with the average of 200 R boot runs to within 4 standard errors", () => {
    // A sharper check of the resampling distribution than one run: the mean of 200 runs has SD = sd/√200 on each
    // side, so the difference of the two means has SD = sd·√(2/200) (sd = the R per-run SDs quoted above).
    const averaged = (run: (seed: number) => number[]): number[] => {
      const rows = Array.from({ length: 200 }, (_, i) => run(i + 1));
      return rows[0]!.map((_, j) => mean(rows.map((r) => r[j]!)));
    };
    const summary = (ci: ReturnType<typeof bootstrapCI>): number[] => [ci.se, ...ci.percentile!, ...ci.bca!];
    const lawMeans = averaged((seed) =>
      summary(bootstrapCI({ samples: [law], statistic: (d) => correlation(d.lsat, d.gpa), seed })),
    );
    const carsMeans = averaged((seed) =>
      summary(bootstrapCI({ samples: [am0, am1], statistic: (a, b) => mean(a) - mean(b), seed })),
    );
    // R means and per-run SDs from the two R runs quoted in the tests above (SE, percentile lo/hi, BCa lo/hi)
    const lawR = [
      0.13355825650230269, 0.45845291423123319, 0.9620284688841062, 0.32841463602647425, 0.94168469847150493,
    ];
    const lawSd = [
      0.0025094716356888159, 0.012053616238255228, 0.0024153366815108232, 0.027740588622017771,
      0.0031434313394247608,
    ];
    const carsR = [
      1.8575244038511347, -10.897055519980576, -3.6212083023045967, -10.911057968403989, -3.6318361275839064,
    ];
    const carsSd = [
      0.028815316558134574, 0.097011120069549289, 0.11300843170691401, 0.12629596599472878,
      0.13654146718082186,
    ];
    lawMeans.forEach((m, j) =>
      expect(Math.abs(m - lawR[j]!)).toBeLessThan(4 * lawSd[j]! * Math.sqrt(2 / 200)),
    );
    carsMeans.forEach((m, j) =>
      expect(Math.abs(m - carsR[j]!)).toBeLessThan(4 * carsSd[j]! * Math.sqrt(2 / 200)),
    );
  });

  it("resamples each group separately, keeping group sizes", () => {
    const seen = new Set<string>();
    bootstrapCI({
      samples: [am0, am1],
      statistic: (a, b) => {
        seen.add(`${a.length}/${b.length}`);
        // every resampled value comes from its own group
        for (const v of a) if (!am0.includes(v)) throw new Error("group 1 value from elsewhere");
        for (const v of b) if (!am1.includes(v)) throw new Error("group 2 value from elsewhere");
        return mean(a) - mean(b);
      },
      B: 200,
      seed: 1,
      method: "percentile",
    });
    expect([...seen]).toEqual(["19/13"]);
  });

  it("is reproducible for a seed, differs between seeds, and honours method and level", () => {
    const args = { samples: [am0], statistic: (a: Float64Array) => mean(a), B: 500 } as const;
    const a = bootstrapCI({ ...args, seed: 11 });
    const b = bootstrapCI({ ...args, seed: 11 });
    const c = bootstrapCI({ ...args, seed: 12 });
    expect(a).toEqual(b);
    expect(a.replicates).not.toEqual(c.replicates);
    const perc = bootstrapCI({ ...args, seed: 11, method: "percentile" });
    expect(perc.bca).toBeUndefined();
    expect(perc.percentile).toEqual(a.percentile);
    const bca = bootstrapCI({ ...args, seed: 11, method: "bca" });
    expect(bca.percentile).toBeUndefined();
    expect(bca.bca).toEqual(a.bca);
    const narrow = bootstrapCI({ ...args, seed: 11, level: 0.8 });
    expect(narrow.percentile![0]).toBeGreaterThan(a.percentile![0]);
    expect(narrow.percentile![1]).toBeLessThan(a.percentile![1]);
    expect(a.replicates).toHaveLength(500);
    // SE and bias from the returned replicates
    const m = mean(a.replicates);
    const sd = Math.sqrt(a.replicates.reduce((s, v) => s + (v - m) ** 2, 0) / 499);
    expect(a.se).toBeCloseTo(sd, 12);
    expect(a.bias).toBeCloseTo(m - a.estimate, 12);
  });

  it("leaves out non-finite replicates (as R boot.ci does) and counts them", () => {
    // correlation is NaN when a resample of 3 rows repeats one row (probability 3·(1/3)^3 = 1/9)
    const ci = bootstrapCI({
      samples: [{ x: [1, 2, 3], y: [1, 3, 2] }],
      statistic: (d) => correlation(d.x, d.y),
      B: 900,
      seed: 3,
      method: "percentile",
    });
    expect(ci.nonFinite).toBeGreaterThan(60);
    expect(ci.nonFinite).toBeLessThan(140);
    expect(Number.isFinite(ci.se)).toBe(true);
  });

  it("uses a delete-a-group jackknife above 10,000 observations, estimating nearly the same acceleration", () => {
    const rng = createRng(8);
    const skewed = Array.from({ length: 20_000 }, () => -Math.log(1 - rng.next())); // exponential, skewness 2
    const common = { samples: [skewed], statistic: (a: Float64Array) => mean(a), B: 200, seed: 5 } as const;
    const full = bootstrapCI({ ...common, jackknifeBlocks: 20_000 });
    const grouped = bootstrapCI(common); // default: 1,000 random blocks
    // For the mean the exact jackknife acceleration is (sample skewness)/(6√n) ≈ 2/(6√20000) = 0.00236
    expect(full.acceleration).toBeGreaterThan(0.0018);
    expect(full.acceleration).toBeLessThan(0.003);
    // 1,000 blocks: relative SE of the block skewness ≈ √(6/1000)/0.45 ≈ 17%; allow 50%
    expect(Math.abs(grouped.acceleration! / full.acceleration! - 1)).toBeLessThan(0.5);
    // the bootstrap replicates themselves do not depend on the jackknife
    expect(grouped.replicates).toEqual(full.replicates);
  });

  // Its speed is measured by bench/analysis.ts (npm run bench:analysis), not here: tests carry no timings.
  it("bootstraps a mean difference on 100,000 observations (2,000 resamples, delete-a-group jackknife)", () => {
    const rng = createRng(123);
    const a = Float64Array.from({ length: 50_000 }, () => rng.next());
    const b = Float64Array.from({ length: 50_000 }, () => rng.next() + 0.01);
    const ci = bootstrapCI({ samples: [a, b], statistic: (x, y) => mean(x) - mean(y), B: 2000, seed: 9 });
    // sanity: true difference −0.01, SE √(2/12/50000) ≈ 0.00183
    expect(ci.se).toBeCloseTo(Math.sqrt(2 / 12 / 50_000), 3);
    expect(ci.bca![0]).toBeLessThan(-0.01);
    expect(ci.bca![1]).toBeGreaterThan(-0.01);
  });

  it("throws on invalid input", () => {
    const statistic = (a: Float64Array) => mean(a);
    expect(() => bootstrapCI({ samples: [], statistic: () => 0, seed: 1 })).toThrow(
      "bootstrapCI requires at least one sample",
    );
    expect(() => bootstrapCI({ samples: [[1]], statistic, seed: 1 })).toThrow(
      "bootstrapCI requires at least 2 observations in each sample",
    );
    expect(() =>
      bootstrapCI({ samples: [{ x: [1, 2], y: [1] }], statistic: (d) => d.x[0]!, seed: 1 }),
    ).toThrow("bootstrapCI requires the columns of a sample to have equal lengths");
    expect(() => bootstrapCI({ samples: [[1, Number.NaN]], statistic, seed: 1 })).toThrow(
      "bootstrapCI requires finite sample values",
    );
    expect(() => bootstrapCI({ samples: [[1, 2]], statistic, seed: 1, B: 1 })).toThrow(
      "bootstrapCI requires B to be an integer of at least 2",
    );
    expect(() => bootstrapCI({ samples: [[1, 2]], statistic, seed: 1, level: 95 })).toThrow(
      "bootstrapCI requires level strictly between 0 and 1",
    );
    expect(() => bootstrapCI({ samples: [[1, 2, 3]], statistic, seed: 1, jackknifeBlocks: 1 })).toThrow(
      "bootstrapCI requires jackknifeBlocks to be an integer of at least 2",
    );
    expect(() => bootstrapCI({ samples: [[1, 2]], statistic: () => Number.NaN, seed: 1 })).toThrow(
      "bootstrapCI requires the statistic to be finite on the original samples",
    );
    expect(() => bootstrapCI({ samples: [[1, 2]], statistic, seed: -1 })).toThrow(
      "createRng requires an integer seed between 0 and 4294967295",
    );
    // all replicates equal the estimate → ẑ₀ undefined
    expect(() => bootstrapCI({ samples: [[5, 5, 5]], statistic, seed: 1 })).toThrow(
      "bcaInterval requires some but not all bootstrap replicates below the estimate",
    );
  });
});

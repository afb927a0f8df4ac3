import { describe, expect, it } from "vitest";
import { bcaInterval } from "../../../analysis/bca-interval";
import { deterministicReplicates as mk } from "./generated-reference-data";

// Skewed jackknife values: jack <- ((1:25 * 13) %% 17)^2 / 10 + (1:25) / 100
const jackknife = Object.freeze(
  Array.from({ length: 25 }, (_, i) => (((i + 1) * 13) % 17) ** 2 / 10 + (i + 1) / 100),
);

describe("bcaInterval", () => {
  // R 4.2.2, boot 1.3-28, with the estimate t0 = 0.3 and L = mean(jack) - jack (E&T eq. 14.15):
  //   sprintf("%.17g", boot:::bca.ci(NULL, conf = conf, t0 = 0.3, t = mk(B), L = mean(jack) - jack)[4:5])
  const cases: ReadonlyArray<readonly [number, number, readonly [number, number]]> = [
    [1999, 0.95, [0.0041280110929583424, 1.3026793367509459]],
    [1999, 0.9, [0.010027669385632071, 1.1715571376156717]],
    [2000, 0.95, [0.0041470634109658251, 1.3031001670374296]],
    [2000, 0.9, [0.01006944994951306, 1.1721334594649238]],
    [1000, 0.95, [0.0034694672014225583, 1.2971401262783819]],
    [1000, 0.9, [0.010062533104892489, 1.1653515343523475]],
  ];
  it.each(cases)("matches R boot:::bca.ci for B = %i, level = %f", (B, level, expected) => {
    const replicates = Object.freeze(mk(B));
    const { interval } = bcaInterval({ replicates, estimate: 0.3, jackknife, level });
    expect(interval[0]).toBeCloseTo(expected[0], 13);
    expect(interval[1]).toBeCloseTo(expected[1], 13);
  });

  it("reports z0 and the acceleration", () => {
    const result = bcaInterval({ replicates: mk(2000), estimate: 0.3, jackknife });
    // R 4.2.2: L <- mean(jack) - jack; sum(L^3) / (6 * sum(L^2)^1.5) → -0.022302992815109245
    expect(result.acceleration).toBeCloseTo(-0.022302992815109245, 15);
    // R 4.2.2: qnorm(sum(mk(2000) < 0.3) / 2000) → -0.16492883009491785
    expect(result.z0).toBeCloseTo(-0.16492883009491785, 14);
    expect(result.interval).toEqual(
      bcaInterval({ replicates: mk(2000), estimate: 0.3, jackknife, level: 0.95 }).interval,
    );
  });

  it("takes the acceleration as 0 when the jackknife values are all equal (then BCa is the bias-corrected percentile)", () => {
    const result = bcaInterval({ replicates: mk(2000), estimate: 0.3, jackknife: [1, 1, 1] });
    expect(result.acceleration).toBe(0);
  });

  it("throws when z0 is infinite or inputs are invalid", () => {
    const replicates = mk(100);
    expect(() => bcaInterval({ replicates, estimate: -1, jackknife })).toThrow(
      "bcaInterval requires some but not all bootstrap replicates below the estimate",
    );
    expect(() => bcaInterval({ replicates, estimate: 10, jackknife })).toThrow(
      "bcaInterval requires some but not all bootstrap replicates below the estimate",
    );
    expect(() => bcaInterval({ replicates: [], estimate: 0, jackknife })).toThrow(
      "bcaInterval requires at least one finite replicate",
    );
    expect(() => bcaInterval({ replicates, estimate: Number.NaN, jackknife })).toThrow(
      "bcaInterval requires a finite estimate",
    );
    expect(() => bcaInterval({ replicates, estimate: 0.3, jackknife: [1] })).toThrow(
      "bcaInterval requires at least 2 finite jackknife values",
    );
    expect(() => bcaInterval({ replicates, estimate: 0.3, jackknife: [1, Number.NaN] })).toThrow(
      "bcaInterval requires at least 2 finite jackknife values",
    );
    expect(() => bcaInterval({ replicates, estimate: 0.3, jackknife, level: 1 })).toThrow(
      "bcaInterval requires level strictly between 0 and 1",
    );
  });
});

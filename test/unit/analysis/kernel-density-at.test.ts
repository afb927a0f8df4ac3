import { describe, expect, it } from "vitest";
import { kernelDensityAt } from "../../../analysis/kernel-density-at";
import { silvermanBandwidth } from "../../../analysis/silverman-bandwidth";
import { deterministicReplicates as mk } from "./generated-reference-data";

describe("silvermanBandwidth", () => {
  it("matches R bw.nrd0, including its fallbacks when the IQR or the SD is 0", () => {
    // R 4.2.2: sprintf("%.17g", bw.nrd0(mk(2000))) (mk as in generated-reference-data.ts)
    expect(silvermanBandwidth(Object.freeze(mk(2000)))).toBeCloseTo(0.082567732467462199, 15);
    // R 4.2.2: sprintf("%.17g", bw.nrd0(c(1, 2, 3, 4, 10))) → 0.97358462285063574 (order does not matter)
    expect(silvermanBandwidth([10, 1, 3, 2, 4])).toBeCloseTo(0.97358462285063574, 14);
    // IQR 0, so the SD: R 4.2.2 bw.nrd0(c(5, 5, 5, 5, 5, 5, 7)) → 0.461003133219685
    expect(silvermanBandwidth([5, 5, 5, 5, 5, 5, 7])).toBeCloseTo(0.461003133219685, 14);
    // SD 0 as well, so |x₁|: R 4.2.2 bw.nrd0(c(3, 3, 3)) → 2.167402216752623
    expect(silvermanBandwidth([3, 3, 3])).toBeCloseTo(2.167402216752623, 14);
  });

  it("throws on too few or non-finite values", () => {
    expect(() => silvermanBandwidth([1])).toThrow("silvermanBandwidth requires at least 2 finite values");
    expect(() => silvermanBandwidth([1, Number.NaN])).toThrow(
      "silvermanBandwidth requires at least 2 finite values",
    );
  });
});

describe("kernelDensityAt", () => {
  const x = Object.freeze(mk(2000));
  it.each([
    // R 4.2.2: x <- mk(2000); sprintf("%.17g", mean(dnorm(q, x, bw.nrd0(x))))
    [0.05, 1.2354366452713241],
    [0.3, 0.97297411899023556],
    [1.2, 0.33838830502466699],
  ])("matches R's exact Gaussian kernel estimate at %f", (q, expected) => {
    expect(kernelDensityAt(x, q)).toBeCloseTo(expected, 13);
  });

  it("agrees with R density() on its grid, which approximates the same estimate", () => {
    // R 4.2.2: d <- density(x, bw = "nrd0", n = 2^14); approx(d$x, d$y, xout = 0.3)$y → 0.97300587514703341
    expect(Math.abs(kernelDensityAt(x, 0.3) - 0.97300587514703341)).toBeLessThan(1e-4);
  });

  it("uses a given bandwidth and refuses a non-positive one", () => {
    // one point at 0, h = 2: φ(1/2)/2
    expect(kernelDensityAt([0, 0], 1, 2)).toBeCloseTo(Math.exp(-0.125) / Math.sqrt(2 * Math.PI) / 2, 15);
    expect(() => kernelDensityAt([0, 1], 0, 0)).toThrow("kernelDensityAt requires a positive bandwidth");
  });
});

import { describe, expect, it } from "vitest";
import { percentileInterval } from "../../../analysis/percentile-interval";
import { deterministicReplicates as mk } from "./generated-reference-data";

describe("percentileInterval", () => {
  // R 4.2.2, boot 1.3-28: sprintf("%.17g", boot:::perc.ci(mk(B), conf)[4:5])
  const cases: ReadonlyArray<readonly [number, number, readonly [number, number]]> = [
    [1999, 0.95, [0.012496832980787033, 1.4144848861529438]],
    [1999, 0.9, [0.025340391542392503, 1.332615218180389]],
    [2000, 0.95, [0.012503148398565237, 1.4144427256489496]],
    [2000, 0.9, [0.025353113003729656, 1.3325348732374069]],
    [1000, 0.95, [0.012522302632305761, 1.4209778467865135]],
    [1000, 0.9, [0.025138079490423855, 1.3386288921320355]],
  ];
  it.each(cases)("matches R boot:::perc.ci for B = %i, level = %f", (B, level, expected) => {
    const replicates = Object.freeze(mk(B));
    const [lo, hi] = percentileInterval(replicates, level);
    expect(lo).toBeCloseTo(expected[0], 14);
    expect(hi).toBeCloseTo(expected[1], 14);
    expect(replicates).toEqual(mk(B)); // not sorted in place
  });

  it("defaults to level 0.95, accepts typed arrays and drops non-finite replicates as boot.ci does", () => {
    const withJunk = [...mk(2000), Number.NaN, Infinity, -Infinity];
    expect(percentileInterval(Float64Array.from(withJunk))).toEqual(percentileInterval(mk(2000), 0.95));
  });

  it("throws on invalid input", () => {
    expect(() => percentileInterval([Number.NaN])).toThrow(
      "percentileInterval requires at least one finite replicate",
    );
    expect(() => percentileInterval([1, 2], 1)).toThrow(
      "percentileInterval requires level strictly between 0 and 1",
    );
    expect(() => percentileInterval([1, 2], 0)).toThrow(
      "percentileInterval requires level strictly between 0 and 1",
    );
  });
});

import { describe, expect, it } from "vitest";
import { bootstrapCI } from "../../../analysis/bootstrap-ci";
import { bootstrapMeanDifference } from "../../../analysis/bootstrap-mean-difference";
import { bootstrapMeanDifferenceToPrecision } from "../../../analysis/bootstrap-mean-difference-to-precision";
import { bootstrapToPrecision } from "../../../analysis/bootstrap-to-precision";
import { formatNumber } from "../../../analysis/charts/format-number";
import { lastDigitUnit } from "../../../analysis/charts/last-digit-unit";
import { meanDifferenceDraws } from "../../../analysis/mean-difference-draws";
import { resampleToPrecision } from "../../../analysis/resample-to-precision";
import { createRng } from "../../../analysis/seeded-rng";

const mean = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
};
/** Scores on a 0–100 scale in steps of 100/24, like a six-item CBI scale. */
function scores(n: number, shift: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const raw = 50 + shift + 30 * (rng.next() + rng.next() + rng.next() - 1.5);
    return (Math.round((Math.min(100, Math.max(0, raw)) / 100) * 24) / 24) * 100;
  });
}

describe("lastDigitUnit", () => {
  it("reads the unit of the last printed digit from formatNumber's text", () => {
    expect(lastDigitUnit(formatNumber(-20.84, 1))).toBe(0.1);
    expect(lastDigitUnit(formatNumber(0.04213, 3))).toBe(0.001);
    expect(lastDigitUnit(formatNumber(12.4, 0))).toBe(1);
    expect(() => lastDigitUnit("12 to 13")).toThrow("lastDigitUnit requires a formatted number such as 12.3");
  });
});

describe("resampleToPrecision", () => {
  const high = Object.freeze(scores(180, -16, 1));
  const low = Object.freeze(scores(170, 0, 2));

  it("doubles B until every BCa bound's MCSE is below half a unit of the last digit, keeping the replicates", () => {
    const ci = bootstrapMeanDifferenceToPrecision(high, low, { seed: 1, digits: 1 });
    expect(ci.precision).toMatchObject({ interval: "bca", requestedDigits: 1, digits: 1, halfUnit: 0.05 });
    expect(ci.precision.reached).toBe(true);
    expect(ci.precision.maxMcse).toBeLessThan(0.05);
    expect(Math.max(...ci.mcse.bca!)).toBe(ci.precision.maxMcse);
    expect([4000, 8000, 16_000, 32_000, 64_000]).toContain(ci.B);
    // at half the B it was not yet precise, or the rule would have stopped there
    const half = resampleToPrecision(meanDifferenceDraws(high, low, 1), { digits: 1, maxB: ci.B / 2 });
    expect(half.precision.maxMcse).toBeGreaterThanOrEqual(0.05);
    // the earlier replicates are kept: the result is the fixed-B run at the final B, to the last bit
    const fixed = bootstrapMeanDifference(high, low, { seed: 1, B: ci.B });
    expect(ci.replicates).toEqual(fixed.replicates);
    expect(ci.bca).toEqual(fixed.bca);
    expect(ci.percentile).toEqual(fixed.percentile);
  });

  it("stops at the starting B when that is already precise enough", () => {
    const ci = bootstrapMeanDifferenceToPrecision(high, low, { seed: 1, digits: 0 });
    expect(ci.B).toBe(2000);
    expect(ci.precision).toMatchObject({ digits: 0, halfUnit: 0.5, reached: true });
  });

  it("publishes fewer digits when the cap is reached first, and says whether the last digit holds", () => {
    const capped = bootstrapMeanDifferenceToPrecision(high, low, { seed: 1, digits: 2, B: 2000, maxB: 2000 });
    expect(capped.B).toBe(2000);
    expect(capped.precision.requestedDigits).toBe(2);
    expect(capped.precision.digits).toBeLessThan(2);
    expect(capped.precision.reached).toBe(capped.precision.maxMcse < capped.precision.halfUnit);
    expect(capped.precision.reached).toBe(true);
    // nothing can hold 0 decimals from 2 replicates of a wide statistic: digits stop at 0, reached false
    const hopeless = bootstrapMeanDifferenceToPrecision([0, 100, 0, 100, 50], [0, 100, 100, 0, 50], {
      seed: 1,
      digits: 1,
      B: 20,
      maxB: 20,
      interval: "percentile",
    });
    expect(hopeless.precision).toMatchObject({ digits: 0, reached: false, interval: "percentile" });
  });

  // An empirical check of the whole rule: run to precision with 30 seeds, the bounds' seed-to-seed SD is about
  // the MCSE the rule held below 0.05 (allow 30 % above it: the SD of 30 values has about 13 % sampling error).
  it("holds the seed-to-seed spread of each bound near or below half a unit", () => {
    const lower: number[] = [];
    const upper: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const ci = bootstrapMeanDifferenceToPrecision(high, low, { seed, digits: 1 });
      lower.push(ci.bca![0]);
      upper.push(ci.bca![1]);
    }
    const sd = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + (x - mean(v)) ** 2, 0) / (v.length - 1));
    expect(sd(lower)).toBeLessThan(0.05 * 1.3);
    expect(sd(upper)).toBeLessThan(0.05 * 1.3);
  });

  it("bootstrapToPrecision takes bootstrapCI's arguments and equals bootstrapCI at the B it chose", () => {
    const args = { samples: [high, low], statistic: (a: Float64Array, b: Float64Array) => mean(a) - mean(b) };
    const ci = bootstrapToPrecision({ ...args, seed: 4, digits: 1, maxB: 16_000 });
    const fixed = bootstrapCI({ ...args, seed: 4, B: ci.B });
    expect(ci.B).toBeGreaterThan(2000);
    expect(ci.bca).toEqual(fixed.bca);
    expect(ci.acceleration).toBe(fixed.acceleration);
    expect(ci.se).toBe(fixed.se);
  });

  it("throws on invalid settings", () => {
    const draws = () => meanDifferenceDraws(high, low, 1);
    expect(() => resampleToPrecision(draws(), { digits: -1 })).toThrow(
      "resampleToPrecision requires digits to be an integer of at least 0",
    );
    expect(() => resampleToPrecision(draws(), { digits: 1, B: 4000, maxB: 2000 })).toThrow(
      "resampleToPrecision requires maxB to be an integer of at least B",
    );
    expect(() => resampleToPrecision(draws(), { digits: 1, B: 1 })).toThrow(
      "resampleToPrecision requires B to be an integer of at least 2",
    );
  });
});

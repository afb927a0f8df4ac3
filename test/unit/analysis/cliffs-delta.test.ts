import { describe, expect, it } from "vitest";
import { cliffsDelta } from "../../../analysis/cliffs-delta";
import { mannWhitneyU } from "../../../analysis/mann-whitney-u";
import { expectRelativelyClose } from "./close-to";
import { LIKERT_A, LIKERT_B, MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

/** Direct O(n·m) count over the dominance matrix, as an independent check. */
function bruteForce(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const x of a) for (const y of b) sum += Math.sign(x - y);
  return sum / (a.length * b.length);
}

describe("cliffsDelta", () => {
  it("matches the published mtcars value and R hand computations", () => {
    // statistics-cases.md #2: Cliff's δ (am0 vs am1) = −0.659919;
    // R 4.2.2: mean(sign(outer(am0, am1, "-"))) → -0.65991902834008098
    expectRelativelyClose(cliffsDelta(MPG_AUTOMATIC, MPG_MANUAL), -0.65991902834008098, 1e-12);
    // R: mean(sign(outer(sleep1, sleep2, "-"))) → -0.48999999999999999
    expectRelativelyClose(cliffsDelta(SLEEP_1, SLEEP_2), -0.49, 1e-12);
    // R: mean(sign(outer(LIKERT_A, LIKERT_B, "-"))) → 0.65446224256292906
    expectRelativelyClose(cliffsDelta(LIKERT_A, LIKERT_B), 0.65446224256292906, 1e-12);
  });

  it("equals the brute-force dominance count and 2U/(n·m) − 1", () => {
    const a = Object.freeze([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]);
    const b = Object.freeze([2, 7, 1, 8, 2, 8]);
    expect(cliffsDelta(a, b)).toBeCloseTo(bruteForce(a, b), 15);
    expect(cliffsDelta(a, b)).toBeCloseTo((2 * mannWhitneyU(a, b).U) / (a.length * b.length) - 1, 15);
  });

  it("is ±1 for disjoint samples, 0 for identical ones, and antisymmetric", () => {
    expect(cliffsDelta([5, 6, 7], [1, 2])).toBe(1);
    expect(cliffsDelta([1, 2], [5, 6, 7])).toBe(-1);
    expect(cliffsDelta([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(cliffsDelta(LIKERT_B, LIKERT_A)).toBeCloseTo(-cliffsDelta(LIKERT_A, LIKERT_B), 15);
  });

  it("throws on empty or non-finite input", () => {
    expect(() => cliffsDelta([], [1])).toThrow("cliffsDelta requires at least 1 value in each group");
    expect(() => cliffsDelta([1], [Infinity])).toThrow("cliffsDelta requires finite numbers");
  });
});

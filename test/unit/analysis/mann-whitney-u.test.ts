import { describe, expect, it } from "vitest";
import { mannWhitneyU } from "../../../analysis/mann-whitney-u";
import { expectRelativelyClose } from "./close-to";
import { LIKERT_A, LIKERT_B, MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

// Reference z values: R does not print z; it is recovered as qnorm(p/2) with the sign of W − n1·n2/2.
describe("mannWhitneyU", () => {
  it("reproduces R's wilcox.test(exact = FALSE, correct = TRUE) on the sleep data (ties)", () => {
    const result = mannWhitneyU(SLEEP_1, SLEEP_2);
    // R datasets::sleep; wilcox.test(extra ~ group, data = sleep, exact = FALSE) → W = 25.5, p = 0.069327575433626581
    expect(result.U).toBe(25.5);
    expectRelativelyClose(result.p, 0.069327575433626581, 1e-8);
    // R: qnorm(0.069327575433626581 / 2) → -1.8162790619136817
    expectRelativelyClose(result.z, -1.8162790619136817, 1e-8);
  });

  it("reproduces R on mtcars mpg by transmission", () => {
    const result = mannWhitneyU(MPG_AUTOMATIC, MPG_MANUAL);
    // R: wilcox.test(mpg ~ am, data = mtcars, exact = FALSE) → W = 42, p = 0.0018713913331785568
    expect(result.U).toBe(42);
    expectRelativelyClose(result.p, 0.0018713913331785568, 1e-8);
    // R: qnorm(0.0018713913331785568 / 2) → -3.1099182447669036
    expectRelativelyClose(result.z, -3.1099182447669036, 1e-8);
  });

  it("reproduces the ?wilcox.test example (no ties), two-sided with continuity correction", () => {
    const x = Object.freeze([0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]);
    const y = Object.freeze([1.15, 0.88, 0.9, 0.74, 1.21]);
    const result = mannWhitneyU(x, y);
    // R: wilcox.test(x, y, exact = FALSE, correct = TRUE) → W = 35, p = 0.24462360512698336
    expect(result.U).toBe(35);
    expectRelativelyClose(result.p, 0.24462360512698336, 1e-8);
    // R: -qnorm(0.24462360512698336 / 2) → 1.1635076278220093 (W > n1·n2/2 = 25)
    expectRelativelyClose(result.z, 1.1635076278220093, 1e-8);
    // Published: wilcox.test(x, y, alternative = "greater", exact = FALSE, correct = FALSE) → p = 0.1103;
    // the uncorrected z is (35 − 25)/√(50·16/12) = 1.2247, and P(Z > 1.2247) = 0.1103.
    expect(Math.abs(result.z)).toBeLessThan(10 / Math.sqrt((50 * 16) / 12));
  });

  it("handles ties-heavy Likert data", () => {
    const result = mannWhitneyU(LIKERT_A, LIKERT_B);
    // R 4.2.2: wilcox.test(LIKERT_A, LIKERT_B, exact = FALSE, correct = TRUE) → W = 361.5, p = 0.00018269417164199162
    expect(result.U).toBe(361.5);
    expectRelativelyClose(result.p, 0.00018269417164199162, 1e-8);
    // R: -qnorm(0.00018269417164199162 / 2) → 3.741817502202339
    expectRelativelyClose(result.z, 3.741817502202339, 1e-8);
    // swapping the groups: R wilcox.test(LIKERT_B, LIKERT_A, ...) → W = 75.5, same p
    const swapped = mannWhitneyU(LIKERT_B, LIKERT_A);
    expect(swapped.U).toBe(75.5);
    expectRelativelyClose(swapped.p, 0.00018269417164199162, 1e-8);
    expectRelativelyClose(swapped.z, -3.741817502202339, 1e-8);
  });

  it("keeps tiny p-values", () => {
    const a = Array.from({ length: 200 }, (_, i) => i + 1.5);
    const b = Array.from({ length: 251 }, (_, i) => i + 150);
    const result = mannWhitneyU(a, b);
    // R 4.2.2: wilcox.test(1:200 + 0.5, 150:400, exact = FALSE, correct = TRUE) → W = 1326, p = 5.7215215419234419e-67
    expect(result.U).toBe(1326);
    expectRelativelyClose(result.p, 5.7215215419234419e-67, 1e-6);
    // R: qnorm(5.7215215419234419e-67 / 2) → -17.288713263550768
    expectRelativelyClose(result.z, -17.288713263550768, 1e-9);
  });

  it("gives z = 0 and p = 1 when U equals its expectation", () => {
    const result = mannWhitneyU([1, 4], [2, 3]);
    expect(result.U).toBe(2);
    expect(result.z).toBe(0);
    expect(result.p).toBe(1);
  });

  it("throws on empty, non-finite or all-tied input", () => {
    expect(() => mannWhitneyU([], [1])).toThrow("mannWhitneyU requires at least 1 value in each group");
    expect(() => mannWhitneyU([1, Number.NaN], [1])).toThrow("mannWhitneyU requires finite numbers");
    expect(() => mannWhitneyU([3, 3], [3, 3, 3])).toThrow(
      "mannWhitneyU requires at least two distinct values",
    );
  });
});

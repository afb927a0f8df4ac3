import { expect } from "vitest";

/**
 * Asserts |actual − expected| ≤ tolerance·|expected| (relative agreement); for expected = 0, asserts
 * |actual| ≤ tolerance. Used by the analysis-library tests to compare with reference values from R.
 */
export function expectRelativelyClose(actual: number, expected: number, tolerance: number, label = ""): void {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  if (!(error <= tolerance)) {
    expect.fail(
      `${label} expected ${expected}, got ${actual} (relative error ${error.toExponential(2)} > ${tolerance})`,
    );
  }
}

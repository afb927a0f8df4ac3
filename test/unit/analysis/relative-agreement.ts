import { expect } from "vitest";

/** House tolerance for estimates compared with R (relative). */
export const EST = 1e-6;
/** House tolerance for p-values compared with R (relative). */
export const PV = 1e-4;

/**
 * Relative agreement: throws unless |actual − expected| ≤ rel·max(|expected|, floor), so the check is absolute for
 * |expected| below floor. The default floor, 1e-300, only allows exact zeros (the regression tests); the spline
 * tests use 1e-12.
 */
export function expectRel(actual: number, expected: number, rel: number, floor = 1e-300): void {
  const tol = rel * Math.max(Math.abs(expected), floor);
  if (!(Math.abs(actual - expected) <= tol))
    throw new Error(`got ${actual}, expected ${expected} (rel ${rel})`);
}

/** {@link expectRel} element by element after a length check, absolute for expected values below 1e-12. */
export function expectAllRel(actual: readonly number[], expected: readonly number[], rel = 1e-6): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expectRel(a, expected[i]!, rel, 1e-12));
}

import type { MeanEstimate } from "./chart-types";

/**
 * Checks that an estimate about to be drawn is usable: a non-negative integer n, a finite mean and a finite
 * 95 % interval with lower ≤ upper. Only shown cells are checked, so suppressed ones may carry NaN.
 *
 * Cost: O(1).
 *
 * @param caller name of the calling builder, used in the message
 * @throws Error "<caller> requires <what> to have an integer n, a finite mean and a finite ordered 95% CI"
 * @example
 * assertMeanEstimate({ n: 40, mean: 52.1, ci95: [48.0, 56.2] }, "erosionBySupportChart", "group low");
 */
export function assertMeanEstimate(e: MeanEstimate, caller: string, what: string): void {
  const [lo, hi] = e.ci95;
  if (
    !Number.isInteger(e.n) ||
    e.n < 0 ||
    !Number.isFinite(e.mean) ||
    !Number.isFinite(lo) ||
    !Number.isFinite(hi) ||
    lo > hi
  ) {
    throw new Error(
      `${caller} requires ${what} to have an integer n, a finite mean and a finite ordered 95% CI`,
    );
  }
}

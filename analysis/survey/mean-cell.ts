import { meanCI } from "../mean-ci";
import type { MeanCell } from "./results-types";

/** The null cell published in place of a group below the small-cell rule. */
export const SUPPRESSED_MEAN: MeanCell = Object.freeze({
  suppressed: true,
  n: null,
  mean: null,
  sd: null,
  ci95: null,
  lowPrecision: null,
}) as MeanCell;

/**
 * A group's mean with its t-based 95 % CI ({@link meanCI}) as a published cell, or {@link SUPPRESSED_MEAN} when
 * the group has fewer than `minCellSize` values (the small-cell rule) or is hidden for another reason.
 *
 * Cost: O(n).
 *
 * @param values the group's values (finite)
 * @param rules minCellSize (≥ 2), lowPrecisionBelow (flag below this n), hide (force suppression, e.g.
 *   complementary suppression decided elsewhere)
 * @example
 * meanCell([40, 50, 60], { minCellSize: 10, lowPrecisionBelow: 30 }); // { suppressed: true, n: null, … }
 */
export function meanCell(
  values: ArrayLike<number>,
  rules: { minCellSize: number; lowPrecisionBelow: number; hide?: boolean },
): MeanCell {
  if (rules.hide || values.length < rules.minCellSize || values.length < 2) return { ...SUPPRESSED_MEAN };
  const { n, mean, sd, ci95 } = meanCI(values);
  return { suppressed: false, n, mean, sd, ci95, lowPrecision: n < rules.lowPrecisionBelow };
}

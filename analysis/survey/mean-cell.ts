import type { CellStatus } from "../disclosure/suppress-small-cells";
import { meanCI } from "../mean-ci";
import type { MeanCell } from "./results-types";

/** The null cell published in place of a group below the small-cell rule. */
export const SUPPRESSED_MEAN: Extract<MeanCell, { suppressed: true }> = Object.freeze({
  suppressed: true,
  n: null,
  mean: null,
  sd: null,
  ci95: null,
  lowPrecision: null,
});

/** The null cell for a group the small-cell rule hid, saying why (its own size, or to protect another cell). */
export const hiddenMean = (why: "primary" | "complementary"): MeanCell => ({
  ...SUPPRESSED_MEAN,
  hidden: why,
});

/**
 * A group's mean with its t-based 95 % CI ({@link meanCI}) as a published cell, or a suppressed cell when
 * the group has fewer than `minCellSize` values (the small-cell rule, "primary") or is hidden for another reason.
 *
 * Cost: O(n).
 *
 * @param values the group's values (finite)
 * @param rules minCellSize (≥ 2), lowPrecisionBelow (flag below this n), hide (force suppression, e.g.
 *   complementary suppression decided elsewhere; `true` counts as "primary")
 * @example
 * meanCell([40, 50, 60], { minCellSize: 10, lowPrecisionBelow: 30 }); // { suppressed: true, hidden: "primary", … }
 */
export function meanCell(
  values: ArrayLike<number>,
  rules: { minCellSize: number; lowPrecisionBelow: number; hide?: boolean | "primary" | "complementary" },
): MeanCell {
  if (rules.hide) return hiddenMean(rules.hide === true ? "primary" : rules.hide);
  if (values.length < rules.minCellSize || values.length < 2) return hiddenMean("primary");
  const { n, mean, sd, ci95 } = meanCI(values);
  return { suppressed: false, n, mean, sd, ci95, lowPrecision: n < rules.lowPrecisionBelow };
}

/** {@link meanCell} for a cell whose status the small-cell rule already decided (with the others it is linked to). */
export function publishedMean(
  values: ArrayLike<number>,
  status: CellStatus,
  rules: { minCellSize: number; lowPrecisionBelow: number },
): MeanCell {
  return meanCell(values, { ...rules, hide: status === "shown" ? false : status });
}

import { completeItemRows } from "./complete-item-rows";
import { pearsonR } from "./pearson-r";

/**
 * Corrected item–total correlations: for each item, Pearson's r between the item and the sum of the other
 * items, over the complete rows (listwise deletion); equals R `psych::alpha(na.omit(items))$item.stats$r.drop`.
 *
 * Method: rest score R_j = Σ_{l ≠ j} x_l per row; r_j = cor(x_j, R_j) from centred sums (two passes,
 * {@link pearsonR}). Correcting for the item's own contribution avoids the inflation of the uncorrected
 * item–total correlation (Cureton, E. E. 1966, "Corrected item-test correlations", Psychometrika 31, 93–96). Low
 * or negative values flag items that do not fit the scale (or need reverse-keying).
 *
 * Cost: O(n·k).
 *
 * @param items rows = respondents, columns = items; finite numbers or null (missing)
 * @returns one corrected item–total correlation per item, in column order
 * @throws Error "itemTotalCorrelations requires at least 2 items"
 * @throws Error "itemTotalCorrelations requires every row to have the same number of items"
 * @throws Error "itemTotalCorrelations requires finite numbers or null"
 * @throws Error "itemTotalCorrelations requires at least 2 complete rows"
 * @throws Error "itemTotalCorrelations requires every item and its rest score to vary (item <j> does not)"
 * @example
 * itemTotalCorrelations([[1, 2, 2], [2, 3, 3], [3, 3, 5], [4, 5, 4]]); // [0.98978, 0.75703, 0.67132]
 */
export function itemTotalCorrelations(items: ReadonlyArray<ReadonlyArray<number | null>>): number[] {
  const { k, rows } = completeItemRows(items, "itemTotalCorrelations");
  const n = rows.length;
  if (n < 2) throw new Error("itemTotalCorrelations requires at least 2 complete rows");
  const totals = rows.map((row) => row.reduce((sum, value) => sum + value, 0));
  const result: number[] = [];
  for (let j = 0; j < k; j++) {
    const item = rows.map((row) => row[j]!);
    const rest = rows.map((_, i) => totals[i]! - item[i]!);
    const r = pearsonR(item, rest);
    if (r === null) {
      throw new Error(
        `itemTotalCorrelations requires every item and its rest score to vary (item ${j + 1} does not)`,
      );
    }
    result.push(r);
  }
  return result;
}

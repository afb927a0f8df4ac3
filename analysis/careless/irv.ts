import type { ItemRows } from "./longstring";

/**
 * Intra-individual response variability (IRV): each respondent's standard deviation across their own answers
 * to a set of items, as R's `careless::irv(x)` (Yentes & Wilhelm, careless ≥ 1.2.0, na.rm = TRUE). A very
 * low IRV means the same or nearly the same answer throughout (Dunn, Heggestad, Shanock & Theilgard 2018,
 * J. Bus. Psychol. 33, 105–121); a very high one can mean random answering (Marjanovic et al. 2015).
 *
 * Method: sample standard deviation (n − 1 denominator, R's `sd`) of the row's non-blank values, computed
 * from the centred values (two passes). Rows with fewer than two answers have no IRV (null; R gives NA).
 *
 * Cost: O(n·k).
 *
 * @param rows rows = respondents, columns = items; finite numbers or null (blank, left out)
 * @returns one IRV per row, or null when fewer than two items were answered
 * @throws Error "irv requires finite numbers or null"
 * @example
 * irv([[1, 2, 3, 4, 5], [3, 3, 3, 3, 3], [2, null, 4]]); // [1.5811388300841898, 0, 1.4142135623730951]
 */
export function irv(rows: ItemRows): (number | null)[] {
  return rows.map((row) => {
    const values: number[] = [];
    for (const value of row) {
      if (value === null) continue;
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new Error("irv requires finite numbers or null");
      values.push(value);
    }
    if (values.length < 2) return null;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    return Math.sqrt(squares / (values.length - 1));
  });
}

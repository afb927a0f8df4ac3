import { pearsonR } from "../pearson-r";
import type { ItemRows } from "./longstring";

/** One respondent's result from {@link evenOddConsistency}. */
export interface EvenOddResult {
  /**
   * The (Spearman–Brown corrected) correlation between the respondent's even-half and odd-half scale means;
   * high = consistent, near 0 or negative = answers that do not hang together. null when it cannot be
   * computed (fewer than two usable scales, or no variation across the half means).
   */
  consistency: number | null;
  /** Number of scales for which both halves had an answer (careless's `diag = TRUE` column). */
  pairs: number;
}

export interface EvenOddOptions {
  /** Apply the Spearman–Brown step-up 2r/(1 + r), as careless does (default true). */
  spearmanBrown?: boolean;
}

function halfMean(
  row: ReadonlyArray<number | null>,
  start: number,
  length: number,
  parity: 0 | 1,
): number | null {
  let sum = 0;
  let count = 0;
  // Item positions within the scale are 1-based, as in careless: odd = 1st, 3rd, …; even = 2nd, 4th, …
  for (let position = 1; position <= length; position++) {
    if (position % 2 !== parity) continue;
    const value = row[start + position - 1];
    if (value === null || value === undefined) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Even-odd consistency (Johnson 2005, J. Res. Pers. 39, 103–129; Meade & Craig 2012, Psychol. Methods 17,
 * 437–455; Curran 2016, J. Exp. Soc. Psychol. 66, 4–19), computed as R's `careless::evenodd(x, factors)`
 * (Yentes & Wilhelm, careless ≥ 1.2.0) — but reported with the sign of a consistency: careless ≥ 1.2.0
 * returns the negative of this value so that higher means more careless.
 *
 * Method: the columns are the items of several unidimensional scales, consecutive, scale by scale, each
 * scale's reverse-keyed items already reversed. For every respondent and scale, the mean of the answered
 * items in odd positions (1st, 3rd, …) and in even positions (2nd, 4th, …) within the scale; then the
 * Pearson correlation ({@link pearsonR}), across the scales with both halves answered (pairwise complete),
 * between the even and the odd half means; then Spearman–Brown r' = 2r/(1 + r), floored at −1 as careless does
 * (so any r ≤ −1/3 gives −1). A respondent whose half means do not vary, or with fewer than two usable scales,
 * gets null (careless: NA). The index needs several scales to be stable; with few scales it is noisy.
 *
 * Cost: O(n·k).
 *
 * @param rows rows = respondents, columns = the items of the scales in order; finite numbers or null
 * @param factors the number of items of each scale, in column order (sum = number of columns)
 * @param options { spearmanBrown } (default true)
 * @returns one { consistency, pairs } per row
 * @throws Error "evenOddConsistency requires at least 2 factors"
 * @throws Error "evenOddConsistency requires factors of positive integer lengths"
 * @throws Error "evenOddConsistency requires factors summing to the number of columns"
 * @throws Error "evenOddConsistency requires finite numbers or null"
 * @example
 * // two respondents, three 4-item scales
 * evenOddConsistency([[1, 1, 2, 2, 4, 4, 5, 5, 3, 3, 3, 3], [1, 5, 1, 5, 2, 4, 4, 2, 5, 1, 3, 3]], [4, 4, 4]);
 * // [{ consistency: 1, pairs: 3 }, { consistency: -1, pairs: 3 }]
 */
export function evenOddConsistency(
  rows: ItemRows,
  factors: readonly number[],
  options: EvenOddOptions = {},
): EvenOddResult[] {
  const { spearmanBrown = true } = options;
  if (factors.length < 2) throw new Error("evenOddConsistency requires at least 2 factors");
  if (!factors.every((length) => Number.isInteger(length) && length > 0))
    throw new Error("evenOddConsistency requires factors of positive integer lengths");
  const columns = factors.reduce((sum, length) => sum + length, 0);
  return rows.map((row) => {
    if (row.length !== columns)
      throw new Error("evenOddConsistency requires factors summing to the number of columns");
    for (const value of row) {
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value)))
        throw new Error("evenOddConsistency requires finite numbers or null");
    }
    const even: number[] = [];
    const odd: number[] = [];
    let start = 0;
    for (const length of factors) {
      const evenMean = halfMean(row, start, length, 0);
      const oddMean = halfMean(row, start, length, 1);
      if (evenMean !== null && oddMean !== null) {
        even.push(evenMean);
        odd.push(oddMean);
      }
      start += length;
    }
    const r = pearsonR(even, odd);
    if (r === null || !spearmanBrown) return { consistency: r, pairs: even.length };
    return { consistency: r === -1 ? -1 : Math.max(-1, (2 * r) / (1 + r)), pairs: even.length };
  });
}

/** A respondents × items matrix of answer codes; null is a blank (R's NA). */
export type ItemRows = ReadonlyArray<ReadonlyArray<number | null>>;

/**
 * Longstring: for each respondent, the length of the longest run of identical consecutive answers — the
 * classic index of straight-lining ("invariant responding"), as R's `careless::longstring(x)` (Yentes &
 * Wilhelm, careless ≥ 1.2.0). Use it on the items in the order respondents saw them, per matrix (a whole
 * matrix answered with one code) and over the whole battery.
 *
 * Method: run-length encoding of each row (R's `rle`), longest run = max of the run lengths. As in `rle`,
 * a blank (null/NA) never equals its neighbours, so it breaks a run and counts as a run of length 1.
 * Johnson (2005), J. Res. Pers. 39, 103–129; Meade & Craig (2012), Psychol. Methods 17, 437–455; Curran
 * (2016), J. Exp. Soc. Psychol. 66, 4–19 (who recommends judging the value against the page or matrix length).
 *
 * Cost: O(n·k).
 *
 * @param rows rows = respondents, columns = items in presentation order; finite numbers or null
 * @returns one longest-run length per row (0 for a row with no columns)
 * @throws Error "longstring requires finite numbers or null"
 * @example
 * longstring([[3, 3, 3, 2, 2], [1, 2, 1, 2, 1], [4, null, 4, 4, 4]]); // [3, 1, 3]
 */
export function longstring(rows: ItemRows): number[] {
  return rows.map((row) => {
    let longest = 0;
    let run = 0;
    let previous: number | null = null;
    for (const value of row) {
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value)))
        throw new Error("longstring requires finite numbers or null");
      run = value !== null && value === previous ? run + 1 : 1;
      previous = value;
      if (run > longest) longest = run;
    }
    return longest;
  });
}

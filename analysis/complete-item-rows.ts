/** The complete rows of an item matrix, from {@link completeItemRows}. */
export interface CompleteItemRows {
  /** number of items (columns) */
  k: number;
  /** rows without any null, in input order */
  rows: number[][];
}

/**
 * Validates a respondents × items matrix and keeps its complete rows (listwise deletion); internal helper of
 * cronbachAlpha and itemTotalCorrelations.
 *
 * Cost: O(n·k).
 *
 * @param items rows = respondents, columns = items; entries are finite numbers or null (missing)
 * @param caller the public function's name, used in error messages
 * @returns { k, rows }
 * @throws Error "<caller> requires at least 2 items"
 * @throws Error "<caller> requires every row to have the same number of items"
 * @throws Error "<caller> requires finite numbers or null"
 * @example
 * completeItemRows([[1, 2], [null, 3], [2, 2]], "cronbachAlpha"); // { k: 2, rows: [[1, 2], [2, 2]] }
 */
export function completeItemRows(
  items: ReadonlyArray<ReadonlyArray<number | null>>,
  caller: string,
): CompleteItemRows {
  const k = items.length > 0 ? items[0]!.length : 0;
  if (k < 2) throw new Error(`${caller} requires at least 2 items`);
  const rows: number[][] = [];
  for (const row of items) {
    if (!Array.isArray(row) || row.length !== k) {
      throw new Error(`${caller} requires every row to have the same number of items`);
    }
    let complete = true;
    for (const value of row as ReadonlyArray<unknown>) {
      if (value === null) complete = false;
      else if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new Error(`${caller} requires finite numbers or null`);
      }
    }
    if (complete) rows.push([...(row as number[])]);
  }
  return { k, rows };
}

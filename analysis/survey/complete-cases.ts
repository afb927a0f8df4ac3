/**
 * The rows where every column is finite (and `keep(i)` holds), as new columns in the same order — listwise
 * deletion, as R's `na.omit(data.frame(...))`.
 *
 * Cost: O(n · columns).
 *
 * @throws Error "completeCases requires columns of equal length"
 * @example
 * completeCases([Float64Array.of(1, NaN, 3), Float64Array.of(4, 5, 6)]); // [[1, 3], [4, 6]]
 */
export function completeCases(
  columns: readonly Float64Array[],
  keep?: (i: number) => boolean,
): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  if (columns.some((column) => column.length !== n))
    throw new Error("completeCases requires columns of equal length");
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((keep === undefined || keep(i)) && columns.every((column) => Number.isFinite(column[i])))
      rows.push(i);
  }
  return columns.map((column) => Float64Array.from(rows, (i) => column[i]!));
}

/** Equivalence classes over the quasi-identifiers: records that share every quasi-identifier value. */
export type ClassStats = {
  classes: number;
  /** Size of the smallest class; null when there are no records. */
  smallestClass: number | null;
  classesBelowK: number;
  recordsBelowK: number;
};

/**
 * Class statistics of n records whose quasi-identifier values are given as small integer ids,
 * one array per quasi-identifier (`ids[q][record]`, each below `cardinalities[q]`). Records with
 * equal ids everywhere share a class. Cost: O(n × q).
 */
export function equivalenceClasses(
  ids: readonly Int32Array[],
  cardinalities: readonly number[],
  records: number,
  k: number,
): ClassStats {
  const space = cardinalities.reduce((product, size) => product * Math.max(size, 1), 1);
  const sizes = new Map<number | string, number>();
  for (let row = 0; row < records; row += 1) {
    let key: number | string;
    if (space <= Number.MAX_SAFE_INTEGER) {
      key = 0;
      for (const [q, column] of ids.entries())
        key = key * Math.max(cardinalities[q] ?? 1, 1) + (column[row] ?? 0);
    } else {
      key = ids.map((column) => column[row] ?? 0).join(",");
    }
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  let smallestClass: number | null = null;
  let classesBelowK = 0;
  let recordsBelowK = 0;
  for (const size of sizes.values()) {
    smallestClass = smallestClass === null ? size : Math.min(smallestClass, size);
    if (size < k) {
      classesBelowK += 1;
      recordsBelowK += size;
    }
  }
  return { classes: sizes.size, smallestClass, classesBelowK, recordsBelowK };
}

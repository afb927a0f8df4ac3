/** Equivalence classes over the quasi-identifiers: records that share every quasi-identifier value. */
export type ClassStats = {
  classes: number;
  /** Size of the smallest class; null when there are no records. */
  smallestClass: number | null;
  classesBelowK: number;
  recordsBelowK: number;
};

/** Each record's class key: its ids read as digits of a mixed-radix number (a joined string when that would overflow). */
function classKeys(ids: readonly Int32Array[], cardinalities: readonly number[], records: number) {
  const space = cardinalities.reduce((product, size) => product * Math.max(size, 1), 1);
  const keys: (number | string)[] = new Array<number | string>(records);
  for (let row = 0; row < records; row += 1) {
    if (space <= Number.MAX_SAFE_INTEGER) {
      let key = 0;
      for (const [q, column] of ids.entries())
        key = key * Math.max(cardinalities[q] ?? 1, 1) + (column[row] ?? 0);
      keys[row] = key;
    } else {
      keys[row] = ids.map((column) => column[row] ?? 0).join(",");
    }
  }
  return keys;
}

/**
 * Class statistics of n records whose quasi-identifier values are given as small integer ids,
 * one array per quasi-identifier (`ids[q][record]`, each below `cardinalities[q]`). Records with
 * equal ids everywhere share a class. Records marked in `skip` (locally suppressed) are left out.
 * Cost: O(n × q).
 */
export function equivalenceClasses(
  ids: readonly Int32Array[],
  cardinalities: readonly number[],
  records: number,
  k: number,
  skip?: Uint8Array,
): ClassStats {
  const keys = classKeys(ids, cardinalities, records);
  const sizes = new Map<number | string, number>();
  for (const [row, key] of keys.entries()) if (!skip?.[row]) sizes.set(key, (sizes.get(key) ?? 0) + 1);
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

/** A mask of the records in classes smaller than k (1 = below k), as equivalenceClasses groups them. Cost: O(n × q). */
export function recordsBelowK(
  ids: readonly Int32Array[],
  cardinalities: readonly number[],
  records: number,
  k: number,
): Uint8Array {
  const keys = classKeys(ids, cardinalities, records);
  const sizes = new Map<number | string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return Uint8Array.from(keys, (key) => ((sizes.get(key) ?? 0) < k ? 1 : 0));
}

import { inGivenOrder } from "./in-given-order";
import type { LinkageRecord, SubgroupRate } from "./types";

/** Cells (linked or unlinked counts) below this are not shown, as elsewhere in published output. */
export const MIN_CELL = 5;

/**
 * The earlier wave's linkage rate within each value of each group label; a cell under MIN_CELL hides the row.
 * Groups and values come in `groupOrder` (LinkageOptions), the rest alphabetically.
 */
export function subgroupRates(
  earlier: readonly LinkageRecord[],
  linked: ReadonlySet<string>,
  groupOrder: Readonly<Record<string, readonly string[]>> = {},
): Record<string, SubgroupRate[]> {
  const tallies = new Map<string, Map<string, { n: number; linked: number }>>();
  for (const record of earlier) {
    for (const [group, value] of Object.entries(record.groups ?? {})) {
      const byValue = tallies.get(group) ?? new Map<string, { n: number; linked: number }>();
      tallies.set(group, byValue);
      const tally = byValue.get(value) ?? { n: 0, linked: 0 };
      byValue.set(value, tally);
      tally.n++;
      if (linked.has(record.id)) tally.linked++;
    }
  }
  const result: Record<string, SubgroupRate[]> = {};
  for (const [group, byValue] of inGivenOrder([...tallies], Object.keys(groupOrder))) {
    result[group] = inGivenOrder([...byValue], groupOrder[group]).map(([value, { n, linked: count }]) =>
      count < MIN_CELL || n - count < MIN_CELL
        ? { value, suppressed: true }
        : { value, n, linked: count, rate: count / n, suppressed: false },
    );
  }
  return result;
}

/** How a cell fares under the small-cell rule. */
export type CellStatus = "shown" | "primary" | "complementary";

/** A count to publish, with the names of every total (margin) it adds up to and that may be published too. */
export interface SuppressionCell {
  n: number;
  /** e.g. ["group:low", "band:0–2"]; a cell in no margin can only be suppressed for its own size */
  margins: readonly string[];
  /** already suppressed for another reason (e.g. its whole group is hidden) */
  preset?: "primary" | "complementary";
}

/**
 * Applies the small-cell rule to a set of counts: cells with n < k are suppressed ("primary"), and then, so that
 * no suppressed count can be recovered by subtracting shown cells from a published total, every margin holding
 * exactly one suppressed cell also loses its smallest shown cell ("complementary"), until no margin holds
 * exactly one.
 *
 * Method: primary suppression by threshold, then the usual greedy complementary suppression for linked
 * tables — each total must hide zero or at least two of its cells (Hundepool et al. 2012, Statistical
 * Disclosure Control, §5.2 and §5.6). Greedy, not the optimal (least information lost) pattern; it guarantees
 * the "never exactly one" property for every margin named, not protection against every linear attack.
 *
 * Cost: O(c²·m) in the worst case for c cells and m margin memberships per cell; tiny for chart tables.
 *
 * @param cells counts with their margins
 * @param minCellSize k, a positive integer
 * @returns the status of each cell, in input order
 * @throws Error "suppressSmallCells requires minCellSize to be a positive integer"
 * @throws Error "suppressSmallCells requires counts to be non-negative integers"
 * @example
 * suppressSmallCells([{ n: 3, margins: ["low"] }, { n: 40, margins: ["low"] }, { n: 25, margins: ["low"] }], 10);
 * // ["primary", "shown", "complementary"]
 */
export function suppressSmallCells(cells: readonly SuppressionCell[], minCellSize: number): CellStatus[] {
  if (!Number.isInteger(minCellSize) || minCellSize < 1) {
    throw new Error("suppressSmallCells requires minCellSize to be a positive integer");
  }
  if (cells.some((c) => !Number.isInteger(c.n) || c.n < 0)) {
    throw new Error("suppressSmallCells requires counts to be non-negative integers");
  }
  const status: CellStatus[] = cells.map((c) => c.preset ?? (c.n < minCellSize ? "primary" : "shown"));
  const members = new Map<string, number[]>();
  cells.forEach((c, i) => {
    for (const m of c.margins) members.set(m, [...(members.get(m) ?? []), i]);
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (const indices of members.values()) {
      const hidden = indices.filter((i) => status[i] !== "shown").length;
      if (hidden !== 1) continue;
      let pick = -1;
      for (const i of indices) {
        if (status[i] === "shown" && (pick < 0 || cells[i]!.n < cells[pick]!.n)) pick = i;
      }
      if (pick >= 0) {
        status[pick] = "complementary";
        changed = true;
      }
    }
  }
  return status;
}

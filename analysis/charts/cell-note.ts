import type { CellStatus } from "../disclosure/suppress-small-cells";

/**
 * The note a "show data" row carries: why its numbers are missing under the small-cell rule, or that its
 * estimate rests on few respondents. Primary cells say "fewer than k"; complementary ones say they are hidden to
 * protect a small group elsewhere (never their own count, which is not small). Shown cells below `lowPrecisionBelow` are flagged "low precision".
 *
 * Cost: O(1).
 *
 * @example
 * cellNote("primary", 4, 10, 30); // "fewer than 10"
 * cellNote("shown", 24, 10, 30);  // "low precision (n < 30)"
 * cellNote("shown", 240, 10, 30); // ""
 */
export function cellNote(
  status: CellStatus,
  n: number,
  minCellSize: number,
  lowPrecisionBelow: number,
): string {
  if (status === "primary") return `fewer than ${minCellSize}`;
  if (status === "complementary") {
    return `hidden so that a group of fewer than ${minCellSize} elsewhere cannot be worked out from the totals`;
  }
  return n < lowPrecisionBelow ? `low precision (n < ${lowPrecisionBelow})` : "";
}

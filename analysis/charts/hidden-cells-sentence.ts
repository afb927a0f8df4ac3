import type { CellStatus } from "../disclosure/suppress-small-cells";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * The sentence a chart's caption, alt text and table note carry about its hidden cells, telling the two kinds
 * apart: primary cells have fewer than k respondents themselves; complementary cells are not small but are
 * hidden so that a small cell elsewhere cannot be worked out from the published totals or differences. An empty
 * string when nothing is hidden.
 *
 * Cost: O(cells).
 *
 * @param statuses the status of every cell the chart's table lists
 * @param minCellSize k
 * @param noun what a cell is called in the chart, e.g. "group" or "band" (pluralised with "s")
 * @example
 * hiddenCellsSentence(["shown", "primary", "complementary", "complementary"], 10, "cell");
 * // "Not shown: 1 cell with fewer than 10 respondents, and 2 cells (not small themselves) hidden so that a
 * //  small group elsewhere cannot be worked out from the totals."
 */
export function hiddenCellsSentence(
  statuses: readonly CellStatus[],
  minCellSize: number,
  noun: string,
): string {
  const primary = statuses.filter((s) => s === "primary").length;
  const complementary = statuses.filter((s) => s === "complementary").length;
  const parts = [
    ...(primary > 0 ? [`${count(primary, noun)} with fewer than ${minCellSize} respondents`] : []),
    ...(complementary > 0
      ? [
          `${count(complementary, noun)} (not small ${complementary === 1 ? "itself" : "themselves"}) hidden so ` +
            "that a small group elsewhere cannot be worked out from the totals",
        ]
      : []),
  ];
  return parts.length > 0 ? `Not shown: ${parts.join(", and ")}.` : "";
}

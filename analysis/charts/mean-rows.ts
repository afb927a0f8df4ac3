import type { CellStatus } from "../disclosure/suppress-small-cells";
import { cellNote } from "./cell-note";
import type { ChartColumn, ChartOptions, MeanEstimate } from "./chart-types";

/** The publication rule a builder applies: the small-cell k and the low-precision n (default 30). */
export interface PublicationRule {
  k: number;
  lowBelow: number;
}

/** The rule in a builder's options, with the default low-precision threshold filled in. */
export const publicationRule = (options: ChartOptions): PublicationRule => ({
  k: options.minCellSize,
  lowBelow: options.lowPrecisionBelow ?? 30,
});

/** A shown mean as a chart's data fields: the mean and its 95 % CI bounds. */
export const meanInterval = (e: { mean: number; ci95: readonly [number, number] }) => ({
  mean: e.mean,
  lo: e.ci95[0],
  hi: e.ci95[1],
});

/**
 * The "show data" cells of one mean: n, mean and 95 % CI where the cell is shown, null where the small-cell rule
 * hides it, and the row's note ({@link cellNote}). Suppressed cells' numbers are never read.
 *
 * Cost: O(1).
 *
 * @example
 * meanTableCells({ n: 4, mean: 50, ci95: [40, 60] }, "primary", { k: 10, lowBelow: 30 });
 * // { n: null, mean: null, ciLow: null, ciHigh: null, note: "fewer than 10" }
 */
export function meanTableCells(e: MeanEstimate, status: CellStatus, rule: PublicationRule) {
  const show = status === "shown";
  return {
    n: show ? e.n : null,
    mean: show ? e.mean : null,
    ciLow: show ? e.ci95[0] : null,
    ciHigh: show ? e.ci95[1] : null,
    note: cellNote(status, e.n, rule.k, rule.lowBelow),
  };
}

/** The table columns {@link meanTableCells} fills, and the note, for a mean named `meanLabel` in `unit`. */
export const meanTableColumns = (meanLabel: string, unit: string): ChartColumn[] => [
  { key: "n", label: "n" },
  { key: "mean", label: meanLabel, unit },
  { key: "ciLow", label: "95% CI, lower", unit },
  { key: "ciHigh", label: "95% CI, upper", unit },
  { key: "note", label: "Note" },
];

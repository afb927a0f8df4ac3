import { suppressSmallCells, type CellStatus } from "./suppress-small-cells";

/** Result of {@link suppressGroupedBands}: the status of each group total and of each of its bands. */
export interface GroupedBandsStatus {
  groups: CellStatus[];
  /** bands[g][b] for group g, band b (input order) */
  bands: CellStatus[][];
}

/**
 * The small-cell rule for a groups × bands table whose group totals, band totals (across groups) and grand
 * total may all be published: group totals with n < k are hidden (with complementary suppression among the
 * groups), every band of a hidden group is hidden, and then bands with n < k are hidden with complementary
 * suppression so that every group and every band label hides zero or at least two cells.
 *
 * A group whose total is shown may still end up with no band shown; its total is not small, so it needs no
 * protection, but a chart has nothing to draw for it.
 *
 * Method: {@link suppressSmallCells} on the group totals (margin: all groups), then on the band cells
 * (margins: their group and their band label; cells of hidden groups preset as hidden).
 *
 * Cost: O((G·B)²) for G groups and B bands.
 *
 * @throws errors of {@link suppressSmallCells}
 * @example
 * suppressGroupedBands([{ n: 80, bands: [{ band: "0–2", n: 40 }, { band: "2+", n: 40 }] },
 *                       { n: 12, bands: [{ band: "0–2", n: 9 }, { band: "2+", n: 3 }] }], 10);
 * // groups: ["shown", "shown"]; bands: [["complementary", "complementary"], ["primary", "primary"]]
 */
export function suppressGroupedBands(
  groups: readonly {
    n: number;
    /** already hidden elsewhere, and why (kept, and counted as hidden for the complementary step) */
    hidden?: "primary" | "complementary";
    bands: readonly { band: string; n: number; hidden?: "primary" | "complementary" }[];
  }[],
  minCellSize: number,
): GroupedBandsStatus {
  const groupStatus = suppressSmallCells(
    groups.map((g) => ({ n: g.n, margins: ["all"], preset: g.hidden })),
    minCellSize,
  );
  const flat = groups.flatMap((g, gi) =>
    g.bands.map((b) => {
      const gs = groupStatus[gi]!;
      const margins = [`group:${gi}`, `band:${b.band}`];
      if (gs === "shown") return { n: b.n, margins, preset: b.hidden };
      // A band of a hidden group is hidden with it: for its own size when it is small, else for the group's reason.
      return { n: b.n, margins, preset: b.hidden ?? (b.n < minCellSize ? "primary" : gs) };
    }),
  );
  const flatStatus = suppressSmallCells(flat, minCellSize);
  let offset = 0;
  const bands = groups.map((g) => {
    const s = flatStatus.slice(offset, offset + g.bands.length);
    offset += g.bands.length;
    return s;
  });
  return { groups: groupStatus, bands };
}

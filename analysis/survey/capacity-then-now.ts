import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { publishedMean } from "./mean-cell";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, CapacityThenNow } from "./results-types";
import { bandIndex } from "./value-bands";

/**
 * Capacity to invest in customers when respondents started and now, per tenure band, among people still in
 * support with both ratings: the two means and the paired change (now − then), each with a t-based 95 % CI.
 * Bands below the small-cell rule are null, with complementary suppression against the published total.
 *
 * Cost: O(n).
 *
 * @example
 * capacityThenNow(table, roles, settings).bands[0].change.mean; // e.g. −1.1
 */
export function capacityThenNow(
  table: AnalysisTable,
  roles: ResolvedRoles,
  settings: AnalysisSettings,
): CapacityThenNow {
  const { then, now } = roles.capacity;
  const { bands } = roles.tenure;
  const [tenure, before, after] = completeCases(
    [table.columns.get(roles.tenure.id)!, table.columns.get(then.id)!, table.columns.get(now.id)!],
    (i) => table.leaver[i] === 0,
  ) as [Float64Array, Float64Array, Float64Array];
  const members = bands.map((): number[] => []);
  tenure.forEach((t, i) => members[bandIndex(bands, t)]!.push(i));
  const shown = suppressSmallCells(
    members.map((m) => ({ n: m.length, margins: ["total"] })),
    settings.minCellSize,
  );
  return {
    then,
    now,
    bands: bands.map((band, b) => {
      const rows = members[b]!;
      const cell = (values: number[]) => publishedMean(values, shown[b]!, settings);
      const thenCell = cell(rows.map((i) => before[i]!));
      return {
        band: band.label,
        from: band.from,
        to: band.to,
        n: thenCell.n,
        then: thenCell,
        now: cell(rows.map((i) => after[i]!)),
        change: cell(rows.map((i) => after[i]! - before[i]!)),
      };
    }),
  };
}

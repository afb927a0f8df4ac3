import { suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, HarmTrajectory } from "./results-types";
import { SUPPORT_LEVELS } from "../charts/support-level-style";
import type { SupportLevels } from "./support-levels";
import type { TestFamilies } from "./test-families";
import { bandCounts, trajectoryFit } from "./trajectory-fit";

/**
 * The harm trajectory of each erosion outcome among people still in support: {@link trajectoryFit} for everyone
 * with the outcome and a tenure, then for each institutional-support level. Small cells: overall, a band below
 * k is hidden with complementary suppression against the published total; by level, {@link suppressGroupedBands}
 * hides small levels and small level × band cells so that no level or band total gives one away.
 *
 * Cost: O(outcomes · (levels + 1) · cost of trajectoryFit).
 *
 * @example
 * harmTrajectory(table, roles, levels, settings, families)[0].overall.spline?.nonlinearity.p;
 */
export function harmTrajectory(
  table: AnalysisTable,
  roles: ResolvedRoles,
  levels: SupportLevels,
  settings: AnalysisSettings,
  families: TestFamilies,
): HarmTrajectory[] {
  const tenure = table.columns.get(roles.tenure.id)!;
  const { bands } = roles.tenure;
  const k = settings.minCellSize;
  const rules = settings;
  const stayer = (i: number) => table.leaver[i] === 0;
  return roles.erosion.map((outcome) => {
    const y = table.columns.get(outcome.id)!;
    const [x0, y0] = completeCases([tenure, y], stayer) as [Float64Array, Float64Array];
    const overallStatus = suppressSmallCells(
      bandCounts(x0, bands).map((n) => ({ n, margins: ["total"] })),
      k,
    );
    const overall = trajectoryFit(x0, y0, {
      bands,
      bandStatus: overallStatus,
      rules,
      families,
      tests: { linear: "tenure-linear", nonlinearity: "tenure-nonlinearity", id: outcome.id },
    });

    const groups = SUPPORT_LEVELS.map((_, g) => {
      const [x, yg] = completeCases([tenure, y], (i) => stayer(i) && levels.level[i] === g) as [
        Float64Array,
        Float64Array,
      ];
      return { x, y: yg, counts: bandCounts(x, bands) };
    });
    const status = suppressGroupedBands(
      groups.map((group) => ({
        n: group.x.length,
        bands: bands.map((band, b) => ({ band: band.label, n: group.counts[b]! })),
      })),
      k,
    );
    const bySupport = SUPPORT_LEVELS.map((level, g) => {
      const group = groups[g]!;
      const groupStatus = status.groups[g]!;
      if (groupStatus !== "shown") return { level, suppressed: true, hidden: groupStatus, fit: null };
      const fit = trajectoryFit(group.x, group.y, {
        bands,
        bandStatus: status.bands[g]!,
        rules,
        families,
        tests: {
          linear: "tenure-linear-by-support",
          nonlinearity: "tenure-nonlinearity-by-support",
          id: `${outcome.id}:${level}`,
        },
      });
      return { level, suppressed: false, fit };
    });
    return { outcome, overall, bySupport };
  });
}

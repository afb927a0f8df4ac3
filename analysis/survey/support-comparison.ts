import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { bootstrapMeanDifference } from "../bootstrap-mean-difference";
import { cliffsDeltaCI } from "../cliffs-delta-ci";
import { hedgesG } from "../hedges-g";
import { mannWhitneyU } from "../mann-whitney-u";
import { welchTTest } from "../welch-t-test";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { meanCell, SUPPRESSED_MEAN } from "./mean-cell";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, SupportGroupsResult } from "./results-types";
import { SUPPORT_LEVELS } from "../charts/support-level-style";
import type { SupportLevels } from "./support-levels";
import type { TestFamilies } from "./test-families";

/**
 * Erosion in the high versus the low institutional-support tertile ({@link supportLevels}), per erosion outcome,
 * among people still in support; every difference is high − low. Means with 95 % CIs for all three levels;
 * Welch's t-test with the CI of the difference ({@link welchTTest}), Mann–Whitney ({@link mannWhitneyU}), Hedges'
 * g with CI ({@link hedgesG}), Cliff's δ with CI ({@link cliffsDeltaCI}) and a stratified bootstrap BCa interval
 * of the mean difference ({@link bootstrapMeanDifference}, B and seed from the settings). Levels below the small-cell rule
 * (with complementary suppression among the three) are null and no test involving them is reported.
 *
 * Cost: O(outcomes · B · n) for the bootstrap, which dominates.
 *
 * @example
 * supportComparison(table, roles, levels, settings, families).comparisons[0].tests?.hedgesG;
 */
export function supportComparison(
  table: AnalysisTable,
  roles: ResolvedRoles,
  levels: SupportLevels,
  settings: AnalysisSettings,
  families: TestFamilies,
): SupportGroupsResult {
  const k = settings.minCellSize;
  const counts = SUPPORT_LEVELS.map((_, g) => levels.level.filter((l) => l === g).length);
  const levelShown = suppressSmallCells(
    counts.map((n) => ({ n, margins: ["all"] })),
    k,
  ).map((s) => s === "shown");
  const cuts = levels.cuts;
  const fmt = (v: number) => String(Number(v.toFixed(1)));
  const ranges = cuts
    ? [`≤ ${fmt(cuts[0])}`, `> ${fmt(cuts[0])} to ≤ ${fmt(cuts[1])}`, `> ${fmt(cuts[1])}`]
    : ["", "", ""];

  const comparisons = roles.erosion.map((outcome) => {
    const y = table.columns.get(outcome.id)!;
    const byLevel = SUPPORT_LEVELS.map(
      (_, g) => completeCases([y], (i) => table.leaver[i] === 0 && levels.level[i] === g)[0]!,
    );
    const shown = suppressSmallCells(
      byLevel.map((v, g) => ({
        n: v.length,
        margins: ["all"],
        preset: levelShown[g] ? undefined : ("primary" as const),
      })),
      k,
    ).map((s) => s === "shown");
    const groups = SUPPORT_LEVELS.map((level, g) => ({
      level,
      estimate: shown[g] ? meanCell(byLevel[g]!, settings) : { ...SUPPRESSED_MEAN },
    }));
    const low = byLevel[0]!;
    const high = byLevel[2]!;
    if (!shown[0] || !shown[2]) {
      return {
        outcome,
        groups,
        tests: null,
        note: `a group has fewer than ${k} respondents or protects one`,
      };
    }
    try {
      const welch = welchTTest(high, low);
      const mw = mannWhitneyU(high, low);
      const g = hedgesG(high, low);
      const delta = cliffsDeltaCI(high, low);
      const boot = bootstrapMeanDifference(high, low, settings.bootstrap);
      return {
        outcome,
        groups,
        tests: {
          welch: families.add("support-welch", outcome.id, { ...welch }),
          mannWhitney: families.add("support-mann-whitney", outcome.id, { ...mw }),
          hedgesG: { g: g.g, ci95: g.ci95 },
          cliffsDelta: { delta: delta.delta, ci95: delta.ci95 },
          bootstrap: {
            meanDiff: boot.estimate,
            bca: boot.bca!,
            percentile: boot.percentile!,
            se: boot.se,
            B: boot.B,
            seed: boot.seed,
          },
          n: { high: high.length, low: low.length },
        },
        note: null,
      };
    } catch (error) {
      return { outcome, groups, tests: null, note: error instanceof Error ? error.message : String(error) };
    }
  });
  return {
    variable: roles.support,
    cuts,
    levels: SUPPORT_LEVELS.map((level, g) => ({
      level,
      n: levelShown[g] ? counts[g]! : null,
      range: ranges[g]!,
    })),
    comparisons,
  };
}

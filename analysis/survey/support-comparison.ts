import { suppressSmallCells, type CellStatus } from "../disclosure/suppress-small-cells";
import { bootstrapMeanDifferenceToPrecision } from "../bootstrap-mean-difference-to-precision";
import { cliffsDeltaCI } from "../cliffs-delta-ci";
import { hedgesG } from "../hedges-g";
import { mannWhitneyU } from "../mann-whitney-u";
import { pearson } from "../pearson";
import { welchTTest } from "../welch-t-test";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { publishedMean } from "./mean-cell";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, BootstrapInterval, SupportGroupsResult } from "./results-types";
import { SUPPORT_LEVELS } from "../charts/support-level-style";
import type { SupportLevels } from "./support-levels";
import type { TestFamilies } from "./test-families";

type Outcome = ResolvedRoles["erosion"][number];

/** The BCa interval of mean(high) − mean(low), with B raised until its bounds are precise to the digit shown. */
function meanDifferenceInterval(
  high: Float64Array,
  low: Float64Array,
  { B, maxB, seed, digits }: AnalysisSettings["bootstrap"],
): BootstrapInterval {
  const boot = bootstrapMeanDifferenceToPrecision(high, low, { seed, B, maxB, digits });
  const { precision, mcse } = boot;
  return {
    meanDiff: boot.estimate,
    bca: boot.bca!,
    percentile: boot.percentile!,
    se: boot.se,
    B: boot.B,
    seed: boot.seed,
    digits: precision.digits,
    mcse: { bca: mcse.bca!, percentile: mcse.percentile },
    maxMcse: precision.maxMcse,
    halfUnit: precision.halfUnit,
    reached: precision.reached,
  };
}

/** The tests of high against low support (both shown), entered in their families: Welch first, then Mann–Whitney. */
function highVersusLow(
  high: Float64Array,
  low: Float64Array,
  outcome: Outcome,
  settings: AnalysisSettings,
  families: TestFamilies,
) {
  const welch = welchTTest(high, low);
  const mw = mannWhitneyU(high, low);
  const g = hedgesG(high, low);
  const delta = cliffsDeltaCI(high, low);
  return {
    welch: families.add("support-welch", outcome.id, { ...welch }),
    mannWhitney: families.add("support-mann-whitney", outcome.id, { ...mw }),
    hedgesG: { g: g.g, ci95: g.ci95 },
    cliffsDelta: { delta: delta.delta, ci95: delta.ci95 },
    bootstrap: meanDifferenceInterval(high, low, settings.bootstrap),
    n: { high: high.length, low: low.length },
  };
}

/**
 * Pearson's r of support with the outcome among current practitioners with both (R `cor.test(support, y)`,
 * Fisher-z CI): the standardised slope of the outcome on support, the association over the whole support range
 * that the extreme-group contrast exaggerates. Null below the small-cell rule or without variance.
 */
function continuousAssociation(table: AnalysisTable, outcome: Outcome, support: Float64Array, k: number) {
  const y = table.columns.get(outcome.id)!;
  const [s, v] = completeCases([support, y], (i) => table.leaver[i] === 0) as [Float64Array, Float64Array];
  if (s.length < k) return null;
  try {
    const { r, ci95, p, n } = pearson(s, v);
    return { r, ci95, p, n };
  } catch {
    return null;
  }
}

/** Why low or high support is not compared, naming each hidden level and its reason (primary or complementary). */
function hiddenGroupsNote(status: readonly CellStatus[], k: number): string {
  return [0, 2]
    .filter((g) => status[g] !== "shown")
    .map((g) =>
      status[g] === "primary"
        ? `${SUPPORT_LEVELS[g]} support has fewer than ${k} respondents`
        : `${SUPPORT_LEVELS[g]} support is hidden so that a group of fewer than ${k} elsewhere cannot be worked out`,
    )
    .join("; ");
}

/** One outcome: the three levels' means under the small-cell rule, and the tests when low and high are shown. */
function outcomeComparison(
  table: AnalysisTable,
  outcome: Outcome,
  context: {
    levels: SupportLevels;
    levelStatus: CellStatus[];
    support: Float64Array;
    settings: AnalysisSettings;
    families: TestFamilies;
  },
) {
  const { levels, settings } = context;
  const y = table.columns.get(outcome.id)!;
  const byLevel = SUPPORT_LEVELS.map(
    (_, g) => completeCases([y], (i) => table.leaver[i] === 0 && levels.level[i] === g)[0]!,
  );
  const shown = suppressSmallCells(
    byLevel.map((v, g) => ({
      n: v.length,
      margins: ["all"],
      preset: context.levelStatus[g] === "shown" ? undefined : context.levelStatus[g],
    })),
    settings.minCellSize,
  );
  const groups = SUPPORT_LEVELS.map((level, g) => ({
    level,
    estimate: publishedMean(byLevel[g]!, shown[g]!, settings),
  }));
  const continuous = continuousAssociation(table, outcome, context.support, settings.minCellSize);
  if (shown[0] !== "shown" || shown[2] !== "shown") {
    const note = hiddenGroupsNote(shown, settings.minCellSize);
    return { outcome, groups, tests: null, note, continuous };
  }
  try {
    const tests = highVersusLow(byLevel[2]!, byLevel[0]!, outcome, settings, context.families);
    return { outcome, groups, tests, note: null, continuous };
  } catch (error) {
    const note = error instanceof Error ? error.message : String(error);
    return { outcome, groups, tests: null, note, continuous };
  }
}

/**
 * Erosion in the high versus the low institutional-support tertile ({@link supportLevels}), per erosion outcome,
 * among people still in support; every difference is high − low. Means with 95 % CIs for all three levels;
 * Welch's t-test with the CI of the difference ({@link welchTTest}), Mann–Whitney ({@link mannWhitneyU}), Hedges'
 * g with CI ({@link hedgesG}), Cliff's δ with CI ({@link cliffsDeltaCI}) and a stratified bootstrap BCa interval
 * of the mean difference ({@link bootstrapMeanDifferenceToPrecision}: seed and starting B from the settings, B
 * raised until each bound's Monte Carlo error is below half a unit of its last published digit). These are extreme
 * groups (top vs bottom third), so beside them stands the continuous association: Pearson's r of support with
 * the outcome over every current practitioner, with its 95 % CI ({@link continuousAssociation}). Levels below the small-cell rule
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
  const counts = SUPPORT_LEVELS.map((_, g) => levels.level.filter((l) => l === g).length);
  const levelStatus = suppressSmallCells(
    counts.map((n) => ({ n, margins: ["all"] })),
    settings.minCellSize,
  );
  const cuts = levels.cuts;
  const fmt = (v: number) => String(Number(v.toFixed(1)));
  const ranges = cuts
    ? [`≤ ${fmt(cuts[0])}`, `> ${fmt(cuts[0])} to ≤ ${fmt(cuts[1])}`, `> ${fmt(cuts[1])}`]
    : ["", "", ""];
  const support = table.columns.get(roles.support.id)!;
  const context = { levels, levelStatus, support, settings, families };
  return {
    variable: roles.support,
    cuts,
    levels: SUPPORT_LEVELS.map((level, g) => ({
      level,
      n: levelStatus[g] === "shown" ? counts[g]! : null,
      range: ranges[g]!,
    })),
    comparisons: roles.erosion.map((outcome) => outcomeComparison(table, outcome, context)),
  };
}

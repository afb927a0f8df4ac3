import { median } from "simple-statistics";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { type AnalysisTable, buildAnalysisTable } from "./build-analysis-table";
import { capacityThenNow } from "./capacity-then-now";
import { surveyCaveats } from "./caveats";
import { describeVariables } from "./describe-variables";
import { discriminantValidity } from "./discriminant-validity";
import { harmTrajectory } from "./harm-trajectory";
import { concludeLeavers, leaverAnalysis } from "./leaver-analysis";
import { resolveLeaverPlan } from "./leaver-plan";
import { moderation } from "./moderation";
import { resolveRoles } from "./resolve-roles";
import {
  type AnalysisSettings,
  SURVEY_RESULTS_SCHEMA_VERSION,
  type SampleSummary,
  type SurveyResults,
} from "./results-types";
import { SURVEY_ROLES } from "./roles";
import { languageResults } from "./language-results";
import { scaleReliability } from "./scale-reliability";
import { summaryStatements } from "./summary-statements";
import { supportComparison } from "./support-comparison";
import { supportItemAssociations } from "./support-item-associations";
import { supportLevels } from "./support-levels";
import { analysisSettings, type SurveyAnalysisInput, type SurveyAnalysisOptions } from "./survey-options";
import { createTestFamilies } from "./test-families";

/** The analysis steps in order, with their rough share of the work (the bootstrap dominates). */
export const ANALYSIS_STEPS = [
  ["scoring", 0.1],
  ["reliability", 0.05],
  ["descriptives", 0.05],
  ["harm trajectory", 0.25],
  ["moderation", 0.05],
  ["support groups", 0.35],
  ["discriminant validity", 0.1],
  ["leavers", 0.05],
] as const;

/** Reports each step's start with the share of the work done before it. */
function progressSteps(options: SurveyAnalysisOptions) {
  let done = 0;
  return (name: (typeof ANALYSIS_STEPS)[number][0]) => {
    options.onProgress?.(name, done);
    done += ANALYSIS_STEPS.find(([id]) => id === name)![1];
  };
}

/** Received, excluded and analysed; stayers and leavers under the small-cell rule; the median duration. */
function sampleSummary(table: AnalysisTable, k: number): SampleSummary {
  const stayers = table.leaver.filter((l) => l === 0).length;
  const leavers = table.leaver.filter((l) => l === 1).length;
  const [stayersShown, leaversShown] = suppressSmallCells(
    [stayers, leavers].map((n) => ({ n, margins: ["analysed"] })),
    k,
  ).map((s) => s === "shown");
  const durations = table.rows.flatMap((r) => (r.durationSeconds === null ? [] : [r.durationSeconds]));
  return {
    received: table.received,
    excluded: table.excluded,
    analysed: table.rows.length,
    stayers: stayersShown ? stayers : null,
    leavers: leaversShown ? leavers : null,
    durationSeconds: durations.length >= k ? { n: durations.length, median: median(durations) } : null,
  };
}

/** A column with every leaver's value blanked (NaN): support levels are tertiles among people still in support. */
const stayersOnly = (table: AnalysisTable, id: string) =>
  table.columns.get(id)!.map((s, i) => (table.leaver[i] === 0 ? s : Number.NaN));

/**
 * The survey analysis of issue 4, from responses and an instrument definition to a typed, versioned
 * {@link SurveyResults}: exclusions applied and counted; scale scores; reliability; descriptives with 95 % CIs;
 * the harm trajectory of each erosion outcome (band means, restricted cubic spline with non-linearity test,
 * LOWESS; overall and by institutional-support tertile); moderation `erosion ~ tenure × support`; high versus
 * low support comparisons with effect sizes and a bootstrap BCa interval; each support item against each outcome
 * (BH); discriminant validity of the roles' scale pairs (HTMT, disattenuated r); erosion after leaving with an
 * equivalence test against the analysis plan's bound; capacity to invest then and now; multiple-comparison
 * correction within each family of tests;
 * summary sentences and the cross-sectional caveats. Groups below the small-cell rule are published as null.
 *
 * Which variable plays which part comes from `options.roles` (default {@link SURVEY_ROLES}), checked against the
 * definition. Pure and deterministic: the same input and seed give the same results, to the last digit.
 *
 * Cost: O(n · fields) to score, O(outcomes · B · n) for the bootstrap (dominant), O(n·f·d) per LOWESS fit.
 *
 * @throws Error "runSurveyAnalysis requires …" for invalid options, roles the definition lacks, an invalid analysis
 *   plan (named by its field, e.g. analysisPlan.leavers.outcomes.0.bound), or malformed responses
 * @example
 * const results = runSurveyAnalysis({ definition: loadDefaultInstrument(), responses, options: { seed: 1 } });
 * results.moderation[0]; // { interaction: { estimate, ci95, pAdjusted, … }, simpleSlopes, johnsonNeyman, … }
 */
export function runSurveyAnalysis(input: SurveyAnalysisInput): SurveyResults {
  const options = input.options ?? {};
  const { definition } = input;
  const roles = resolveRoles(definition, options.roles ?? SURVEY_ROLES);
  const leaverPlan = resolveLeaverPlan(definition, roles);
  const settings: AnalysisSettings = { ...analysisSettings(options), leaverPlan: leaverPlan.settings };
  const families = createTestFamilies(settings.correction);
  const step = progressSteps(options);
  const k = settings.minCellSize;

  step("scoring");
  const table = buildAnalysisTable(definition, input.responses, roles);
  const sample = sampleSummary(table, k);

  step("reliability");
  const reliability = scaleReliability(definition, table, k);
  const languages = languageResults(definition, table, k);
  step("descriptives");
  const descriptives = describeVariables(definition, table, settings);
  step("harm trajectory");
  const levels = supportLevels(stayersOnly(table, roles.support.id));
  const trajectories = harmTrajectory(table, roles, levels, settings, families);
  const capacity = capacityThenNow(table, roles, settings);
  step("moderation");
  const moderated = moderation(table, roles, families, settings);
  step("support groups");
  const supportGroups = supportComparison(table, roles, levels, settings, families);
  const supportItems = supportItemAssociations(definition, table, roles, settings, families);
  step("discriminant validity");
  const validity = discriminantValidity(definition, table, roles, settings);
  step("leavers");
  const leaverResults = leaverAnalysis(table, roles, settings, families, leaverPlan.bounds);
  leaverResults.n = sample.leavers;

  const multipleComparisons = families.finish();
  concludeLeavers(leaverResults);
  const results: SurveyResults = {
    schemaVersion: SURVEY_RESULTS_SCHEMA_VERSION,
    instrument: { id: definition.id, title: definition.title.en },
    settings,
    roles,
    sample,
    reliability,
    ...(languages ? { languages } : {}),
    descriptives,
    harmTrajectory: trajectories,
    capacity,
    moderation: moderated,
    supportGroups,
    supportItems,
    discriminantValidity: validity,
    leavers: leaverResults,
    multipleComparisons,
    summary: [],
    caveats: surveyCaveats(settings),
  };
  results.summary = summaryStatements(results);
  options.onProgress?.("done", 1);
  return results;
}

import { tSf } from "../distributions/index";
import { meanAndVariance } from "../mean-and-variance";
import type { AnalysisTable } from "./build-analysis-table";
import { coefficientWithCI } from "./coefficient-with-ci";
import { floodlight } from "./floodlight";
import { fitModerationDesign, supportEffectAt } from "./moderation-design";
import { sensitivityCovariates, type SensitivityCovariates } from "./moderation-covariates";
import type { AnalysisVariable, ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, ModerationFit, ModerationResult } from "./results-types";
import type { TestFamilies } from "./test-families";

type Note = { outcome: AnalysisVariable; note: string };
const round = (v: number) => Number(v.toFixed(1));
const range = (values: Float64Array): [number, number] => [
  values.reduce((a, b) => Math.min(a, b), Infinity),
  values.reduce((a, b) => Math.max(a, b), -Infinity),
];
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The tenure range the floodlight covers: from the k-th smallest to the k-th largest tenure (k = minCellSize), as
 * the trajectory's curves, so no published bound traces a lone respondent at the extremes.
 */
function publishedRange(tenure: Float64Array, k: number): [number, number] {
  const sorted = Float64Array.from(tenure).sort();
  const n = sorted.length;
  return [sorted[Math.min(k, n) - 1]!, sorted[Math.max(n - k, 0)]!];
}

/** The floodlight sentence: where over the published tenure range the support effect's 95 % CI excludes 0. */
function floodlightDescription(
  regions: ModerationFit["floodlight"]["regions"],
  [min, max]: [number, number],
) {
  if (regions.length === 0)
    return `The support effect's 95 % CI includes 0 at every tenure from ${round(min)} to ${round(max)} years.`;
  const where = regions.map(
    (r) => `${r.effect === "negative" ? "lower" : "higher"} scores for ${round(r.from)}–${round(r.to)} years`,
  );
  return `Higher support goes with ${where.join(" and ")} of tenure (95 % CI excluding 0; tenures ${round(min)}–${round(max)} examined).`;
}

/** One fit of the spline × support model (with or without covariates) and what it publishes. */
function moderationFit(
  [tenure, support, y]: [Float64Array, Float64Array, Float64Array],
  settings: AnalysisSettings,
  covariates?: Record<string, Float64Array>,
) {
  const design = fitModerationDesign(tenure, support, y, { nk: settings.splineKnots, covariates });
  const tenureMean = meanAndVariance(tenure).mean;
  const at = [tenureMean, ...settings.moderation.supportEffectsAt];
  const labels = ["mean tenure", ...settings.moderation.supportEffectsAt.map((t) => `${t} years`)];
  const df = design.full.df;
  const supportEffects = supportEffectAt(design, at).map(({ estimate, se }, i) => {
    const t = estimate / se;
    const effect = coefficientWithCI({ estimate, se, t, p: 2 * tSf(Math.abs(t), df) }, df);
    return { at: labels[i]!, tenure: at[i]!, ...effect };
  });
  const observed = publishedRange(tenure, settings.minCellSize);
  const { bounds, regions } = floodlight(design, observed);
  const { F, df1, df2, p } = design.interaction;
  const fit: ModerationFit = {
    n: design.full.n,
    r2: design.full.r2,
    interaction: { F, df1, df2, p },
    supportEffects,
    floodlight: { range: observed, bounds, regions, description: floodlightDescription(regions, observed) },
  };
  return { fit, design, tenureMean };
}

/** The main model refitted on the rows with every covariate, the covariates added. */
function sensitivityFit(
  columns: [Float64Array, Float64Array, Float64Array],
  covariates: SensitivityCovariates,
  settings: AnalysisSettings,
): ModerationResult["sensitivity"] {
  if ("note" in covariates) return covariates;
  const subset = columns.map((column) =>
    Float64Array.from(covariates.keep.flatMap((k, r) => (k ? [column[r]!] : []))),
  ) as [Float64Array, Float64Array, Float64Array];
  try {
    return { ...moderationFit(subset, settings, covariates.columns).fit, covariates: covariates.names };
  } catch (error) {
    return { covariates: covariates.names, note: message(error) };
  }
}

/** The moderation model of one outcome with its sensitivity model, or a note saying why it cannot be fitted. */
function moderationOf(
  outcome: AnalysisVariable,
  columns: [Float64Array, Float64Array, Float64Array],
  covariates: SensitivityCovariates,
  context: { families: TestFamilies; settings: AnalysisSettings },
): ModerationResult | Note {
  const k = Math.max(context.settings.minCellSize, 10);
  if (columns[2].length < k)
    return { outcome, note: `fewer than ${k} current practitioners with all three values` };
  let main: ReturnType<typeof moderationFit>;
  try {
    main = moderationFit(columns, context.settings);
  } catch (error) {
    return { outcome, note: message(error) };
  }
  const sensitivity = sensitivityFit(columns, covariates, context.settings);
  const { mean, variance } = meanAndVariance(columns[1]);
  const [supportMin, supportMax] = range(columns[1]);
  return {
    outcome,
    ...main.fit,
    tenure: {
      knots: main.design.knots,
      mean: main.tenureMean,
      min: main.fit.floodlight.range[0],
      max: main.fit.floodlight.range[1],
    },
    support: { mean, sd: Math.sqrt(variance), min: supportMin, max: supportMax },
    interaction: context.families.add("moderation", outcome.id, { ...main.fit.interaction }),
    sensitivity,
  };
}

/**
 * Moderation of the erosion–tenure pattern by institutional support, per erosion outcome, among people still in
 * support. Tenure enters as the trajectory's restricted cubic spline (the rule of `settings.moderation`, the same
 * for every outcome; decision 024), centred, and support (centred) interacts with every basis column
 * ({@link fitModerationDesign}). Reports the joint F test of the interaction (its p-value corrected across
 * outcomes), the support effect at the mean tenure and at 2, 5 and 10 years with 95 % CIs, and the floodlight
 * region over tenure ({@link floodlight}); beside it, the same model adding hostile-contact frequency and role
 * ({@link sensitivityCovariates}), complete cases of those too.
 *
 * Cost: O(n·p²) per outcome for p ≈ 2·knots coefficients, plus the floodlight grid.
 *
 * @returns one result per outcome, or a note when the model cannot be fitted (fewer than k respondents, …)
 * @example
 * moderation(table, roles, families, settings)[0].supportEffects[0]; // { at: "mean tenure", estimate, ci95, … }
 */
export function moderation(
  table: AnalysisTable,
  roles: ResolvedRoles,
  families: TestFamilies,
  settings: AnalysisSettings,
): (ModerationResult | Note)[] {
  const tenure = table.columns.get(roles.tenure.id)!;
  const support = table.columns.get(roles.support.id)!;
  return roles.erosion.map((outcome) => {
    const y = table.columns.get(outcome.id)!;
    const rows: number[] = [];
    for (let i = 0; i < y.length; i++) {
      const complete = Number.isFinite(tenure[i]) && Number.isFinite(support[i]) && Number.isFinite(y[i]);
      if (table.leaver[i] === 0 && complete) rows.push(i);
    }
    const pick = (column: Float64Array) => Float64Array.from(rows, (i) => column[i]!);
    const columns: [Float64Array, Float64Array, Float64Array] = [pick(tenure), pick(support), pick(y)];
    const covariates = sensitivityCovariates(table, roles, rows);
    return moderationOf(outcome, columns, covariates, { families, settings });
  });
}

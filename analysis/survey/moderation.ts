import { johnsonNeyman } from "../johnson-neyman";
import { meanAndVariance } from "../mean-and-variance";
import { ols, type OlsFit } from "../ols";
import { simpleSlopes } from "../simple-slopes";
import type { AnalysisTable } from "./build-analysis-table";
import { coefficientWithCI } from "./coefficient-with-ci";
import { completeCases } from "./complete-cases";
import type { AnalysisVariable, ResolvedRoles } from "./resolve-roles";
import type { ModerationResult } from "./results-types";
import type { TestFamilies } from "./test-families";

const round = (v: number) => Number(v.toFixed(1));

/**
 * The Johnson–Neyman region on the support score (centred bounds moved back by the mean), where it lies within
 * the observed range, the sign of the tenure slope there, and a sentence saying so.
 */
function observedRegions(fit: OlsFit, support: Float64Array, mean: number) {
  const jn = johnsonNeyman(fit, { focal: "tenure", moderator: "support" });
  const min = support.reduce((a, b) => Math.min(a, b), Infinity);
  const max = support.reduce((a, b) => Math.max(a, b), -Infinity);
  const regions = jn.significantRegions.map(([lo, hi]): [number | null, number | null] => [
    Number.isFinite(lo) ? lo + mean : null,
    Number.isFinite(hi) ? hi + mean : null,
  ]);
  const slopeAt = (support: number) =>
    fit.coefficients.tenure!.estimate + fit.coefficients["tenure:support"]!.estimate * (support - mean);
  const withinObserved = regions
    .map(([lo, hi]) => ({ from: Math.max(lo ?? -Infinity, min), to: Math.min(hi ?? Infinity, max) }))
    .filter(({ from, to }) => from <= to)
    .map(({ from, to }) => ({
      from,
      to,
      slope: slopeAt((from + to) / 2) > 0 ? ("positive" as const) : ("negative" as const),
    }));
  const where = withinObserved.map(
    (r) => `significantly ${r.slope} for support scores ${round(r.from)}–${round(r.to)}`,
  );
  const description =
    withinObserved.length === 0
      ? `The tenure slope is not significant (5 %) anywhere in the observed support range ${round(min)}–${round(max)}.`
      : `The tenure slope is ${where.join(" and ")} (5 %; observed ${round(min)}–${round(max)}).`;
  return { min, max, bounds: jn.bounds.map((b) => b + mean), regions, withinObserved, description };
}

/** The moderation model of one outcome, or a note saying why it cannot be fitted. */
function moderationOf(
  outcome: AnalysisVariable,
  [tenure, support, y]: [Float64Array, Float64Array, Float64Array],
  families: TestFamilies,
  minCellSize: number,
): ModerationResult | { outcome: AnalysisVariable; note: string } {
  if (y.length < Math.max(minCellSize, 10)) {
    return {
      outcome,
      note: `fewer than ${Math.max(minCellSize, 10)} current practitioners with all three values`,
    };
  }
  const { mean, variance } = meanAndVariance(support);
  const sd = Math.sqrt(variance);
  const centred = support.map((s) => s - mean);
  let fit: OlsFit;
  try {
    fit = ols(y, { tenure, support: centred, "tenure:support": tenure.map((t, i) => t * centred[i]!) });
  } catch (error) {
    return { outcome, note: error instanceof Error ? error.message : String(error) };
  }
  const c = (name: string) => coefficientWithCI(fit.coefficients[name]!, fit.df);
  const interaction = c("tenure:support");
  const slopes = simpleSlopes(fit, { focal: "tenure", moderator: "support", at: [-sd, 0, sd] });
  const labels = ["−1 SD", "mean", "+1 SD"] as const;
  const { min, max, bounds, regions, withinObserved, description } = observedRegions(fit, support, mean);
  return {
    outcome,
    n: fit.n,
    r2: fit.r2,
    support: { mean, sd, min, max },
    coefficients: { intercept: c("(Intercept)"), tenure: c("tenure"), support: c("support"), interaction },
    interaction: families.add("moderation", outcome.id, { ...interaction }),
    simpleSlopes: slopes.map((s, i) => ({
      at: labels[i]!,
      support: mean + s.at,
      slope: s.slope,
      se: s.se,
      p: s.p,
      ci95: s.ci,
    })),
    johnsonNeyman: { bounds, significantRegions: regions, withinObserved, description },
  };
}

/**
 * Moderation of the harm trajectory by institutional support, per erosion outcome, among people still in
 * support: `lm(outcome ~ tenure * support_c)` with support centred at its mean in the model sample ({@link ols}),
 * so the tenure coefficient is the slope at average support. Reports the interaction with its 95 % CI (its
 * p-value corrected across outcomes), simple slopes of tenure at support mean − 1 SD, mean and mean + 1 SD
 * ({@link simpleSlopes}; Aiken & West 1991), and the Johnson–Neyman region ({@link johnsonNeyman}) translated
 * back to the support score and intersected with the observed range.
 *
 * Cost: O(n) per outcome.
 *
 * @returns one result per outcome, or a note when the model cannot be fitted (fewer than k respondents, …)
 * @example
 * moderation(table, roles, families, 10)[0].interaction; // { estimate, se, t, p, ci95, pAdjusted, family }
 */
export function moderation(
  table: AnalysisTable,
  roles: ResolvedRoles,
  families: TestFamilies,
  minCellSize: number,
): (ModerationResult | { outcome: AnalysisVariable; note: string })[] {
  const tenureColumn = table.columns.get(roles.tenure.id)!;
  const supportColumn = table.columns.get(roles.support.id)!;
  return roles.erosion.map((outcome) => {
    const columns = completeCases(
      [tenureColumn, supportColumn, table.columns.get(outcome.id)!],
      (i) => table.leaver[i] === 0,
    ) as [Float64Array, Float64Array, Float64Array];
    return moderationOf(outcome, columns, families, minCellSize);
  });
}

import { analysisPlanProblems, type LeaverPlan } from "../../instrument/analysis-plan";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { boundText } from "./leaver-conclusion";
import type { ResolvedRoles } from "./resolve-roles";
import type { LeaverPlanSettings } from "./results-types";

/**
 * The plan for definitions written before analysis plans existed (decision 026): the default instrument's model
 * and contrast, and a bound of a tenth of each outcome's range — the rule those versions were published with —
 * marked as a default, not a pre-declared bound.
 */
export const DEFAULT_LEAVER_PLAN = {
  yearsSinceLeaving: { kind: "restricted cubic spline", knots: 3 },
  contrast: { fromYears: 1, toYears: 4 },
  boundShareOfRange: 0.1,
} as const;

/** One leaver outcome's bound, in points on its own scale, with its justification. */
export interface LeaverBound {
  bound: number;
  justification: string;
}

/** The leavers' plan the analysis runs: the settings it reports and each leaver outcome's bound. */
export interface ResolvedLeaverPlan {
  settings: LeaverPlanSettings;
  bounds: Map<string, LeaverBound>;
}

const fail = (message: string): never => {
  throw new Error(`runSurveyAnalysis requires ${message}`);
};

const termsText = (terms: LeaverPlan["yearsSinceLeaving"]) =>
  terms.kind === "log1p"
    ? "ln(1 + years since leaving)"
    : `a restricted cubic spline of years since leaving (${terms.knots} knots at Harrell's default quantiles)`;

/** "CBI personal burnout ±10 points; … ±12.5 points": each leaver outcome's bound, for the rule in words. */
const boundsText = (roles: ResolvedRoles, bounds: ReadonlyMap<string, LeaverBound>) =>
  roles.leaverOutcomes.map((o) => `${o.label} ${boundText(bounds.get(o.id)!.bound)}`).join("; ");

function planSettings(
  plan: Omit<LeaverPlan, "outcomes">,
  source: LeaverPlanSettings["source"],
  bounds: string,
): LeaverPlanSettings {
  const { fromYears, toYears } = plan.contrast;
  const origin =
    source === "analysis plan"
      ? "fixed by the instrument's analysis plan"
      : "of the default plan, a tenth of each outcome's range, since this definition version has none";
  return {
    source,
    yearsSinceLeaving: { ...plan.yearsSinceLeaving },
    contrast: { fromYears, toYears },
    description:
      `Among people who left support, each leaver outcome is modelled on ${termsText(plan.yearsSinceLeaving)}, ` +
      `adjusted for years in support; the estimand is the difference in the predicted outcome between people who ` +
      `left ${toYears} and ${fromYears} year${fromYears === 1 ? "" : "s"} ago (a comparison between people, ` +
      `estimated only when at least k leavers lie at or beyond each end). Verdicts against each outcome's bound ` +
      `(${bounds}; ${origin}): equivalent when two one-sided tests put the 90 % CI inside the bound, different ` +
      `when the 95 % CI excludes 0, otherwise inconclusive.`,
  };
}

/**
 * The leavers' plan of a definition: its analysis plan, checked again here so that no stored definition with a bad
 * plan is published, or {@link DEFAULT_LEAVER_PLAN} when the version has none. Every leaver outcome of the roles
 * needs a bound in the plan.
 *
 * Cost: O(outcomes · fields).
 *
 * @throws Error "runSurveyAnalysis requires a valid analysis plan: analysisPlan.leavers.outcomes.0.bound: …"
 * @throws Error "runSurveyAnalysis requires analysisPlan.leavers.outcomes to give a bound for the leaver outcome …"
 * @example
 * resolveLeaverPlan(definition, roles).bounds.get("cbi_personal"); // { bound: 10, justification: "Half a …" }
 */
export function resolveLeaverPlan(
  definition: InstrumentDefinition,
  roles: ResolvedRoles,
): ResolvedLeaverPlan {
  const plan = definition.analysisPlan?.leavers;
  if (!plan) {
    const bounds = roles.leaverOutcomes.map((o): [string, LeaverBound] => {
      const bound = DEFAULT_LEAVER_PLAN.boundShareOfRange * (o.range[1] - o.range[0]);
      const justification =
        "Default for definitions without an analysis plan: a tenth of the outcome's range (not pre-declared).";
      return [o.id, { bound, justification }];
    });
    const map = new Map(bounds);
    return { settings: planSettings(DEFAULT_LEAVER_PLAN, "default", boundsText(roles, map)), bounds: map };
  }
  const [problem] = analysisPlanProblems(definition);
  if (problem) fail(`a valid analysis plan: ${problem.path.join(".")}: ${problem.message}`);
  const bounds = new Map(
    plan.outcomes.map(({ variable, bound, justification }) => [variable, { bound, justification }]),
  );
  for (const outcome of roles.leaverOutcomes)
    if (!bounds.has(outcome.id))
      fail(`analysisPlan.leavers.outcomes to give a bound for the leaver outcome "${outcome.id}"`);
  return { settings: planSettings(plan, "analysis plan", boundsText(roles, bounds)), bounds };
}

import { z } from "zod";
import type { InstrumentDefinition } from "./definition-schema";
import { variableNameSchema } from "./items";
import { variableScoreRange } from "./variable-range";

/**
 * How years since leaving enters the leavers' model, fixed before the data are seen: a restricted cubic spline
 * with `knots` knots at Harrell's default quantiles of the leavers' years since leaving, or ln(1 + years).
 */
export const yearsSinceLeavingTermsSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("restricted cubic spline"), knots: z.number().int().min(3).max(5) }),
  z.strictObject({ kind: z.literal("log1p") }),
]);

/** One leaver outcome's equivalence bound, in points on the outcome's own scale, and why it is that wide. */
export const leaverBoundSchema = z.strictObject({
  variable: variableNameSchema,
  bound: z.number().positive("the equivalence bound must be greater than 0 points"),
  justification: z.string().trim().min(1, "say why the bound is this wide"),
});

/** The leavers' part of the analysis plan: the model, the contrast it is tested on, and each outcome's bound. */
export const leaverPlanSchema = z
  .strictObject({
    yearsSinceLeaving: yearsSinceLeavingTermsSchema,
    /** predicted outcome at `toYears` since leaving minus at `fromYears`, adjusted for years in support */
    contrast: z.strictObject({
      fromYears: z.number().min(0, "years since leaving cannot be negative"),
      toYears: z.number().positive("years since leaving must be above 0"),
    }),
    outcomes: z.array(leaverBoundSchema).min(1, "list at least one leaver outcome with its bound"),
  })
  .refine((plan) => plan.contrast.toYears > plan.contrast.fromYears, {
    message: "toYears must be later than fromYears",
    path: ["contrast", "toYears"],
  });

/** The analysis plan of an instrument, versioned with it (decision 026). */
export const analysisPlanSchema = z.strictObject({ leavers: leaverPlanSchema });
export type AnalysisPlan = z.infer<typeof analysisPlanSchema>;
export type LeaverPlan = AnalysisPlan["leavers"];

/** A problem in a definition's analysis plan: the path of the offending field and what is wrong. */
export interface PlanProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What is wrong with a definition's analysis plan: its shape (a bound above 0, a justification, at least one
 * leaver outcome, a contrast forwards in time), then what the shape cannot check: every leaver outcome is a
 * scale, derived variable or scored item of the definition, named once, and its bound is no wider than its range.
 *
 * Cost: O(outcomes · fields).
 *
 * @example
 * analysisPlanProblems(definition); // [{ path: ["analysisPlan", "leavers", "outcomes", 0, "bound"], message: … }]
 */
export function analysisPlanProblems(definition: InstrumentDefinition): PlanProblem[] {
  if (definition.analysisPlan === undefined) return [];
  // The shape again, for callers that hold a definition from elsewhere than the schema (a stored version).
  const parsed = analysisPlanSchema.safeParse(definition.analysisPlan);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      path: ["analysisPlan", ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
      message: issue.message,
    }));
  return analysisPlanReferenceProblems(definition, parsed.data);
}

/**
 * The part of {@link analysisPlanProblems} the schema's shape cannot check (the definition schema's cross-checks
 * call it after the shape): leaver outcomes that exist, are named once, and whose bound fits their range.
 */
export function analysisPlanReferenceProblems(
  definition: InstrumentDefinition,
  plan: AnalysisPlan,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  plan.leavers.outcomes.forEach(({ variable, bound }, index) => {
    const path = ["analysisPlan", "leavers", "outcomes", index];
    if (seen.has(variable))
      problems.push({ path: [...path, "variable"], message: `"${variable}" is listed twice` });
    seen.add(variable);
    const range = variableScoreRange(definition, variable);
    if (!range) {
      problems.push({
        path: [...path, "variable"],
        message: `unknown variable "${variable}": not a scale, derived variable or scored item of this definition`,
      });
    } else if (bound > range[1] - range[0]) {
      problems.push({
        path: [...path, "bound"],
        message: `the bound ±${bound} is wider than the range of "${variable}" (${range[0]}–${range[1]})`,
      });
    }
  });
  return problems;
}

import { describe, expect, it } from "vitest";
import { runSurveyAnalysis } from "../../../analysis/survey/run-survey-analysis";
import { SURVEY_ROLES } from "../../../analysis/survey/roles";
import { instrumentDefinitionSchema, type InstrumentDefinition } from "../../../instrument/definition-schema";
import defaultInput from "../../../instrument/definitions/support-work-and-erosion.json" with { type: "json" };

type Plan = (typeof defaultInput)["analysisPlan"];
type Json = Record<string, unknown>;

/** The default definition with its analysis plan changed by `mutate`: the issues a parse reports. */
function issues(mutate: (plan: Plan & Json) => void) {
  const input = structuredClone(defaultInput);
  mutate(input.analysisPlan as Plan & Json);
  const result = instrumentDefinitionSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const outcome0 = "analysisPlan.leavers.outcomes.0";

describe("the analysis plan of an instrument definition", () => {
  it("is part of the default definition: a bound in points per leaver outcome, with its justification", () => {
    const plan = instrumentDefinitionSchema.parse(defaultInput).analysisPlan!;
    expect(plan.leavers.contrast).toEqual({ fromYears: 1, toYears: 4 });
    expect(plan.leavers.outcomes.map((o) => [o.variable, o.bound])).toEqual([
      ["cbi_personal", 10],
      ["left_drain_now", 12.5],
    ]);
  });

  it("refuses a bound of 0 or below, naming the field", () => {
    expect(issues((plan) => (plan.leavers.outcomes[0]!.bound = 0))).toContainEqual({
      path: `${outcome0}.bound`,
      message: "the equivalence bound must be greater than 0 points",
    });
    expect(issues((plan) => (plan.leavers.outcomes[1]!.bound = -5))[0]!.path).toBe(
      "analysisPlan.leavers.outcomes.1.bound",
    );
  });

  it("refuses a bound wider than the outcome's range", () => {
    expect(issues((plan) => (plan.leavers.outcomes[0]!.bound = 150))).toEqual([
      {
        path: `${outcome0}.bound`,
        message: 'the bound ±150 is wider than the range of "cbi_personal" (0–100)',
      },
    ]);
  });

  it("refuses an unknown variable, or one listed twice", () => {
    expect(issues((plan) => (plan.leavers.outcomes[0]!.variable = "cbi_personel"))).toEqual([
      {
        path: `${outcome0}.variable`,
        message:
          'unknown variable "cbi_personel": not a scale, derived variable or scored item of this definition',
      },
    ]);
    expect(issues((plan) => (plan.leavers.outcomes[1]!.variable = "cbi_personal"))).toContainEqual({
      path: "analysisPlan.leavers.outcomes.1.variable",
      message: '"cbi_personal" is listed twice',
    });
  });

  it("refuses an empty group of leaver outcomes, a missing justification and a backwards contrast", () => {
    expect(issues((plan) => (plan.leavers.outcomes = []))).toEqual([
      { path: "analysisPlan.leavers.outcomes", message: "list at least one leaver outcome with its bound" },
    ]);
    expect(issues((plan) => (plan.leavers.outcomes[0]!.justification = " "))).toEqual([
      { path: `${outcome0}.justification`, message: "say why the bound is this wide" },
    ]);
    expect(issues((plan) => (plan.leavers.contrast = { fromYears: 4, toYears: 1 }))).toEqual([
      { path: "analysisPlan.leavers.contrast.toYears", message: "toYears must be later than fromYears" },
    ]);
  });

  it("is checked again by runSurveyAnalysis, so a stored definition with a bad plan publishes nothing", () => {
    const good = instrumentDefinitionSchema.parse(defaultInput);
    const bad = structuredClone(good) as InstrumentDefinition;
    bad.analysisPlan!.leavers.outcomes[0]!.bound = 0;
    expect(() => runSurveyAnalysis({ definition: bad, responses: [] })).toThrow(
      "runSurveyAnalysis requires a valid analysis plan: analysisPlan.leavers.outcomes.0.bound: the equivalence " +
        "bound must be greater than 0 points",
    );
    bad.analysisPlan!.leavers.outcomes[0]!.bound = 10;
    bad.analysisPlan!.leavers.outcomes[0]!.variable = "nowhere";
    expect(() => runSurveyAnalysis({ definition: bad, responses: [] })).toThrow(
      'analysisPlan.leavers.outcomes.0.variable: unknown variable "nowhere"',
    );
    const missing = structuredClone(good) as InstrumentDefinition;
    missing.analysisPlan!.leavers.outcomes.pop();
    expect(() => runSurveyAnalysis({ definition: missing, responses: [] })).toThrow(
      'runSurveyAnalysis requires analysisPlan.leavers.outcomes to give a bound for the leaver outcome "left_drain_now"',
    );
    const rolesWithout = { ...SURVEY_ROLES, leaverOutcomes: ["cbi_personal"] };
    expect(() =>
      runSurveyAnalysis({ definition: missing, responses: [], options: { roles: rolesWithout } }),
    ).not.toThrow(/analysis plan|analysisPlan/);
  });
});

import { describe, expect, it } from "vitest";
import { leaverConclusion } from "../../../../analysis/survey/leaver-conclusion";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";

const definition = loadDefaultInstrument();
const responses = generateSyntheticPanel(definition, { n: 800, seed: 1, scenario: "planted" }).map(
  (r, i) => ({
    id: `r${i}`,
    answers: r.answers,
    durationSeconds: r.durationSeconds,
  }),
);
const results = runSurveyAnalysis({
  definition,
  responses,
  options: { bootstrapB: 200, bootstrapMaxB: 200 },
});
const estimated = results.leavers.outcomes.find((outcome) => outcome.model && outcome.equivalence)!;

describe("leaverConclusion", () => {
  // The demo's own case: the uncorrected 95 % CI −14.1 to −0.2 excludes 0, the Holm-corrected p does not reach .05.
  it("never says an interval that excludes 0 includes it: an inconclusive verdict names the correction instead", () => {
    const outcome = structuredClone(estimated);
    outcome.model!.contrast = { ...outcome.model!.contrast!, ci95: [-14.1, -0.2], pAdjusted: 0.07 };
    outcome.equivalence = { ...outcome.equivalence!, pAdjusted: 0.3 };
    const { conclusion, statement } = leaverConclusion(outcome);
    expect(conclusion).toBe("inconclusive");
    expect(statement).not.toMatch(/includes 0/);
    expect(statement).toMatch(/not significant once corrected .*uncorrected; corrected p = \.070\)/);
  });

  it("says the interval includes 0 when it does", () => {
    const outcome = structuredClone(estimated);
    outcome.model!.contrast = { ...outcome.model!.contrast!, ci95: [-6, 2], pAdjusted: 0.5 };
    outcome.equivalence = { ...outcome.equivalence!, pAdjusted: 0.3 };
    expect(leaverConclusion(outcome).statement).toMatch(/the 95 % CI −6\.0 to 2\.0 includes 0/);
  });
});

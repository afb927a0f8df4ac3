import { describe, expect, it } from "vitest";
import type { DiscriminantValidity } from "../../../../analysis/survey/results-types";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { panelResponses } from "./panel-responses";

describe("runSurveyAnalysis reproducibility", () => {
  const definition = loadDefaultInstrument();
  const responses = panelResponses(400, 7);

  it("gives identical results JSON for the same input and seed", () => {
    const run = (seed: number) =>
      JSON.stringify(runSurveyAnalysis({ definition, responses, options: { seed, bootstrapB: 300 } }));
    expect(run(5)).toBe(run(5));
  });

  it("changes only the bootstrap with another seed", () => {
    const a = runSurveyAnalysis({ definition, responses, options: { seed: 5, bootstrapB: 300 } });
    const b = runSurveyAnalysis({ definition, responses, options: { seed: 6, bootstrapB: 300 } });
    const withoutBootstrap = (r: typeof a) =>
      JSON.stringify({
        ...r,
        settings: { ...r.settings, bootstrap: null },
        supportGroups: r.supportGroups.comparisons.map((c) => ({
          ...c,
          tests: { ...c.tests, bootstrap: null },
        })),
        discriminantValidity: r.discriminantValidity.map((d) => ({ ...d, htmt: null, statement: null })),
        summary: null,
      });
    expect(withoutBootstrap(a)).toBe(withoutBootstrap(b));
    expect(a.supportGroups.comparisons[0]!.tests!.bootstrap.bca).not.toEqual(
      b.supportGroups.comparisons[0]!.tests!.bootstrap.bca,
    );
    const htmt = (r: typeof a) => (r.discriminantValidity[0] as DiscriminantValidity).htmt;
    expect(htmt(a).estimate).toBe(htmt(b).estimate);
    expect(htmt(a).ci95).not.toEqual(htmt(b).ci95);
  });

  it("does not depend on the order of the responses", () => {
    const forward = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 300 } });
    const reversed = runSurveyAnalysis({
      definition,
      responses: [...responses].reverse(),
      options: { bootstrapB: 300 },
    });
    expect(reversed.supportGroups.comparisons[2]!.tests!.bootstrap).toEqual(
      forward.supportGroups.comparisons[2]!.tests!.bootstrap,
    );
    expect(reversed.moderation[2]).toMatchObject({ n: (forward.moderation[2] as { n: number }).n });
    const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
    const slope = (r: typeof forward) => r.harmTrajectory[2]!.overall.linear!.estimate;
    expect(close(slope(reversed), slope(forward))).toBe(true);
  });
});

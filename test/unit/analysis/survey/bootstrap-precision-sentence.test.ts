import { describe, expect, it } from "vitest";
import { bootstrapPrecisionSentence } from "../../../../analysis/survey/bootstrap-precision-sentence";
import type { BootstrapInterval, SurveyResults } from "../../../../analysis/survey/results-types";
import { analysisSettings } from "../../../../analysis/survey/survey-options";

type Parts = Parameters<typeof bootstrapPrecisionSentence>[0];

function parts(
  intervals: { label: string; bootstrap: Partial<BootstrapInterval> | null }[],
  fixed = false,
): Parts {
  const settings = analysisSettings(fixed ? { bootstrapB: 2000, bootstrapMaxB: 2000 } : {});
  const comparisons = intervals.map(({ label, bootstrap }) => ({
    outcome: { label },
    tests: bootstrap ? { bootstrap: { digits: 1, reached: true, ...bootstrap } } : null,
  }));
  return { settings, supportGroups: { comparisons } as unknown as SurveyResults["supportGroups"] };
}

describe("bootstrapPrecisionSentence", () => {
  it("states one B, the rule's bound and the largest MCSE when every interval used the same B", () => {
    const text = bootstrapPrecisionSentence(
      parts([
        { label: "client burnout", bootstrap: { B: 16_000, maxMcse: 0.031 } },
        { label: "work burnout", bootstrap: { B: 16_000, maxMcse: 0.0412 } },
      ]),
    );
    expect(text).toBe(
      "B = 16,000 resamples, chosen so that the Monte Carlo error of every bound is below 0.05 (half a unit of the last digit shown); largest MCSE 0.041",
    );
  });

  it("names each interval's B when they differ, and every interval shown with fewer digits", () => {
    const text = bootstrapPrecisionSentence(
      parts([
        { label: "client burnout", bootstrap: { B: 64_000, maxMcse: 0.062, digits: 0 } },
        { label: "capacity drop", bootstrap: { B: 2000, maxMcse: 0.014 } },
        { label: "hidden outcome", bootstrap: null },
      ]),
    );
    expect(text).toMatch(
      /^B chosen per interval so that the Monte Carlo error of every bound is below 0\.05 \(half a unit of the last digit shown\): 64,000 resamples for client burnout, 2,000 for capacity drop;/,
    );
    expect(text).toContain(
      "the interval for client burnout is shown with 0 decimals, because at B = 64,000 its bounds' Monte Carlo error (0.062) is not below 0.05",
    );
    expect(text).toContain("largest MCSE 0.062");
  });

  it("says when B was fixed, and falls back to the rule when no interval is published", () => {
    expect(
      bootstrapPrecisionSentence(parts([{ label: "x", bootstrap: { B: 2000, maxMcse: 0.17 } }], true)),
    ).toMatch(/^B = 2,000 resamples \(fixed;/);
    expect(bootstrapPrecisionSentence(parts([{ label: "x", bootstrap: null }]))).toBe(
      analysisSettings().bootstrap.rule,
    );
  });
});

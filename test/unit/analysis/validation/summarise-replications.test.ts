import { describe, expect, it } from "vitest";
import {
  formatValidationReport,
  formatValue,
} from "../../../../analysis/validation/format-validation-report";
import type { EstimandValue, PublishedEstimands } from "../../../../analysis/validation/published-estimands";
import type { ScenarioTruth } from "../../../../analysis/validation/scenario-truth";
import { summariseReplications } from "../../../../analysis/validation/summarise-replications";

const value = (estimate: number, p: number, pRaw = p): EstimandValue => ({
  estimate,
  ci: [estimate - 1, estimate + 1],
  ciLevel: 0.95,
  p,
  pRaw,
});
// Four replications of two estimands; the second is missing (suppressed) in the last one.
const runs: PublishedEstimands[] = [
  [1, 0.01, "recovery"],
  [2, 0.2, "inconclusive"],
  [3, 0.04, "inconclusive"],
  [4, 0.5, "no recovery (equivalent)"],
].map(([estimate, p, verdict], i) => ({
  values: {
    "moderation.interaction:a": value(estimate as number, p as number, (p as number) / 2),
    ...(i < 3 ? { "trajectory.band 0–2 years:a": value(10 + i, 1) } : {}),
  },
  verdicts: { a: verdict as string },
}));
const truth = {
  scenario: "planted",
  estimands: {
    "moderation.interaction:a": { value: 2, se: 0.1, exact: false, h0: false },
    "trajectory.band 0–2 years:a": { value: 11, se: 0.1, exact: true, h0: false },
  },
} as unknown as ScenarioTruth;

describe("summariseReplications", () => {
  it("computes bias, RMSE, coverage and rejection rates by hand-checkable arithmetic", () => {
    const summary = summariseReplications(runs, truth);
    const [interaction, band] = summary.estimands;
    // estimates 1, 2, 3, 4 around truth 2: mean 2.5, errors −1, 0, 1, 2; CIs ±1 cover 2 in the first three
    expect(interaction).toMatchObject({ id: "moderation.interaction:a", truth: 2, reps: 4, mean: 2.5 });
    expect(interaction!.bias).toBeCloseTo(0.5, 12);
    expect(interaction!.rmse).toBeCloseTo(Math.sqrt(6 / 4), 12);
    expect(interaction!.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(interaction).toMatchObject({ coverage: 0.75, ciLevel: 0.95, reject: 0.5, rejectRaw: 0.5 });
    // intervals ±1 imply a standard error of 1 / 1.959964; the estimates' SD is √(5/3)
    expect(interaction!.seRatio).toBeCloseTo(1 / 1.959964 / Math.sqrt(5 / 3), 6);
    expect(band).toMatchObject({ reps: 3, mean: 11, bias: 0, coverage: 1, reject: 0 });
    expect(summary.verdicts).toEqual({
      a: { recovery: 0.25, inconclusive: 0.5, "no recovery (equivalent)": 0.25 },
    });
    expect(summary.familyWise.find((f) => f.family === "moderation.interaction")!.reject).toBe(0.5);
  });

  it("prints a table with the truth (= when exact), the rates in percent, and the verdicts", () => {
    const report = formatValidationReport(summariseReplications(runs, truth), truth);
    expect(report).toMatch(
      /^moderation\.interaction:a\s+2\.00\s+2\.50\s+0\.500\s+1\.22\s+0\.40\s+75\.0\s+95\s+50\.0\s+50\.0\s+4$/m,
    );
    expect(report).toMatch(/^trajectory\.band 0–2 years:a\s+=11\.00\s/m);
    expect(report).toContain("a: inconclusive 50.0 %, no recovery (equivalent) 25.0 %, recovery 25.0 %");
    expect([formatValue(-0.0000001), formatValue(123.456), formatValue(null)]).toEqual([
      "0.00000",
      "123.5",
      "–",
    ]);
  });
});

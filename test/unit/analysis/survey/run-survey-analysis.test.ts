import { beforeAll, describe, expect, it } from "vitest";
import { PANEL_MODEL } from "../../../../analysis/synthetic-panel";
import type { ModerationResult, SurveyResults } from "../../../../analysis/survey/results-types";
import { formatInterval } from "../../../../analysis/survey/format-statistics";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import type { SurveyResponseInput } from "../../../../analysis/survey/survey-options";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { numbersIn, panelResponses } from "./panel-responses";

// The synthetic panel's model (analysis/synthetic-panel.ts): erosion E = 0.9·g(T)·exp(−0.5·S) − 0.3·S + …, with
// g(T) = ln(1 + T) − ln 6 concave in tenure T and the tenure slope shrinking as support S grows.
const definition = loadDefaultInstrument();
let responses: SurveyResponseInput[];
let results: SurveyResults;
const cbi = ["cbi_personal", "cbi_work", "cbi_client"];

beforeAll(() => {
  responses = panelResponses(2000, 20261);
  // Exclude the respondents who failed the attention check, as the lab would (one reason per response here).
  for (const r of responses)
    if (r.answers.inst_attention !== undefined && r.answers.inst_attention !== 2)
      r.excluded = [{ reason: "attention" }];
  results = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 1000, seed: 3 } });
});

describe("runSurveyAnalysis on a 2,000-person synthetic panel", () => {
  it("applies and counts the exclusions", () => {
    const excluded = responses.filter((r) => r.excluded?.length).length;
    expect(excluded).toBeGreaterThan(50); // speeders and straight-liners mostly fail the check too
    expect(results.sample).toMatchObject({ received: 2000, analysed: 2000 - excluded });
    expect(results.sample.excluded).toEqual({
      total: excluded,
      byReason: [{ reason: "attention", n: excluded }],
    });
    expect((results.sample.stayers ?? 0) + (results.sample.leavers ?? 0)).toBe(results.sample.analysed);
    expect(results.summary[0]).toBe(
      `${2000 - excluded} of 2000 responses analysed (${excluded} excluded: ${excluded} attention).`,
    );
    expect(results.sample.leavers! / results.sample.analysed).toBeCloseTo(PANEL_MODEL.leaving.share, 1);
  });

  it("says when the counts by reason add up to more than the excluded total (one response, several reasons)", () => {
    const twice = responses.slice(0, 300).map((r, i) => ({
      ...r,
      excluded:
        i < 10 ? [{ reason: "speeder" }, { reason: "attention" }] : i < 15 ? [{ reason: "speeder" }] : [],
    }));
    const summary = runSurveyAnalysis({ definition, responses: twice, options: { bootstrapB: 200 } })
      .summary[0];
    expect(summary).toMatch(/^285 of 300 responses analysed \(15 excluded, some for more than one reason: /);
    expect(summary).toMatch(/15 speeder/);
    expect(summary).toMatch(/10 attention/);
  });

  it("recovers the harm trajectory: erosion rises with tenure, concavely", () => {
    for (const id of [...cbi, "capacity_drop"]) {
      const { overall } = results.harmTrajectory.find((t) => t.outcome.id === id)!;
      expect(overall.linear!.ci95[0]).toBeGreaterThan(0);
      expect(overall.spline!.nonlinearity.pAdjusted).toBeLessThan(0.05);
      const means = overall.bands.map((b) => b.estimate.mean!);
      for (let b = 1; b < 4; b++) expect(means[b]).toBeGreaterThan(means[b - 1]!);
      // concave: the curve climbs faster over the first years than over the later ones
      const curve = overall.spline!.curve;
      const at = (x: number) =>
        curve.reduce((best, p) => (Math.abs(p.x - x) < Math.abs(best.x - x) ? p : best)).fit;
      expect(at(5) - at(1)).toBeGreaterThan(at(15) - at(11));
    }
  });

  it("recovers the tenure × support moderation: the support effect grows more negative with tenure", () => {
    for (const id of [...cbi, "capacity_drop"]) {
      const m = results.moderation.find((r) => r.outcome.id === id) as ModerationResult;
      expect(m.interaction.df1).toBe(m.tenure.knots.length - 1);
      expect(m.interaction.pAdjusted).toBeLessThan(0.05);
      const [atMean, at2, at5, at10] = m.supportEffects;
      expect(atMean!.tenure).toBeCloseTo(m.tenure.mean, 12);
      expect(atMean!.ci95[1]).toBeLessThan(0);
      expect(at2!.estimate).toBeGreaterThan(at5!.estimate);
      expect(at5!.estimate).toBeGreaterThan(at10!.estimate);
      expect(at10!.ci95[1]).toBeLessThan(0);
      expect(m.support.mean).toBeGreaterThan(30);
      expect(m.floodlight.regions.some((r) => r.effect === "negative")).toBe(true);
      expect(m.sensitivity).toMatchObject({ covariates: ["hostile_freq", "role"] });
      expect("supportEffects" in m.sensitivity).toBe(true);
    }
  });

  it("finds less erosion with high than with low institutional support", () => {
    for (const id of [...cbi, "capacity_drop"]) {
      const c = results.supportGroups.comparisons.find((r) => r.outcome.id === id)!;
      const t = c.tests!;
      expect(t.hedgesG.ci95[1]).toBeLessThan(0);
      expect(t.welch.ci95[1]).toBeLessThan(0);
      expect(t.bootstrap.bca[1]).toBeLessThan(0);
      // B starts at the configured 1000 and doubles until each bound's MCSE is below half of the 0.1 shown
      expect(t.bootstrap).toMatchObject({ seed: 3, digits: 1, halfUnit: 0.05, reached: true });
      expect([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000]).toContain(t.bootstrap.B);
      expect(Math.max(...t.bootstrap.mcse.bca)).toBe(t.bootstrap.maxMcse);
      expect(t.bootstrap.maxMcse).toBeLessThan(0.05);
      expect(t.bootstrap.meanDiff).toBeCloseTo(t.welch.meanDiff, 10);
      expect(t.cliffsDelta.ci95[1]).toBeLessThan(0);
      expect(t.mannWhitney.pAdjusted).toBeLessThan(0.05);
      const [low, middle, high] = c.groups.map((g) => g.estimate.mean!);
      expect(low).toBeGreaterThan(middle!);
      expect(middle).toBeGreaterThan(high!);
    }
    const levels = results.supportGroups.levels.map((l) => l.n!);
    for (const n of levels) expect(n / levels.reduce((a, b) => a + b)).toBeCloseTo(1 / 3, 1);
  });

  it("reports reliable scales, capacity falling with tenure, and leaver verdicts at the plan's bounds", () => {
    for (const r of results.reliability) expect(r.alpha).toBeGreaterThan(0.8);
    const change = results.capacity.bands.map((b) => b.change.mean!);
    expect(change[0]).toBeGreaterThan(change[3]!);
    expect(results.settings.leaverPlan).toMatchObject({
      source: "analysis plan",
      yearsSinceLeaving: { kind: "restricted cubic spline", knots: 3 },
      contrast: { fromYears: 1, toYears: 4 },
    });
    // the default definition's analysis plan: ±10 on CBI personal burnout, ±12.5 on the drain item
    expect(results.leavers.outcomes.map((o) => [o.outcome.id, o.bound, o.equivalence!.bound])).toEqual([
      ["cbi_personal", 10, 10],
      ["left_drain_now", 12.5, 12.5],
    ]);
    for (const leaver of results.leavers.outcomes) {
      expect(leaver.model!.n).toBeGreaterThan(200);
      expect(leaver.justification).toMatch(/Norman, Sloan & Wyrwich 2003/);
      expect(["equivalent", "different", "inconclusive"]).toContain(leaver.conclusion);
      if (leaver.conclusion === "equivalent") expect(leaver.equivalence!.pAdjusted).toBeLessThan(0.05);
      if (leaver.conclusion === "different") expect(leaver.model!.contrast.pAdjusted).toBeLessThan(0.05);
      expect(leaver.verdict).toContain(`±${leaver.bound} points`);
      // the curve spans the k-th smallest to the k-th largest years since leaving, the contrast inside it
      const [first, last] = [leaver.model!.curve[0]!, leaver.model!.curve.at(-1)!];
      expect([first.x, last.x]).toEqual(leaver.model!.range);
      expect(first.x).toBeLessThanOrEqual(1);
      expect(last.x).toBeGreaterThanOrEqual(4);
      for (const p of leaver.model!.curve) expect(p.lo).toBeLessThan(p.fit);
    }
  });

  it("corrects each family of tests and says so", () => {
    const families = Object.fromEntries(results.multipleComparisons.map((f) => [f.id, f]));
    expect(Object.keys(families)).toEqual(
      expect.arrayContaining([
        "tenure-linear",
        "tenure-nonlinearity",
        "moderation",
        "support-welch",
        "leavers-equivalence",
      ]),
    );
    expect(families.moderation!.tests.map((t) => t.id)).toEqual([
      "cbi_personal",
      "cbi_work",
      "cbi_client",
      "capacity_drop",
      "protective_restructuring",
    ]);
    for (const family of results.multipleComparisons) {
      expect(family.method).toBe(family.id === "support-items" ? "bh" : "holm");
      for (const t of family.tests) expect(t.pAdjusted).toBeGreaterThanOrEqual(t.p);
    }
  });

  it("states the cross-sectional caveats and words results as associations", () => {
    const caveats = results.caveats.join(" ");
    for (const phrase of ["associated with", "Survivor bias", "cohort", "age"])
      expect(caveats).toContain(phrase);
    expect(results.summary.join(" ")).not.toMatch(/\bcaus/i);
    expect(results.summary.length).toBeGreaterThanOrEqual(5);
  });

  it("labels the tertile contrast as extreme groups and puts the continuous r and the support effects beside it", () => {
    const contrast = results.summary.find((line) => line.includes("Hedges' g"))!;
    expect(contrast).toContain("extreme groups (top vs bottom third");
    expect(contrast).toMatch(
      /correlation of support with the outcome was r = −0\.\d\d \(95 % CI −0\.\d\d to −0\.\d\d\)/,
    );
    const moderation = results.summary.find((line) => line.includes("tenure × support"))!;
    expect(moderation).toMatch(/mean tenure of \d+\.\d years/);
    for (const at of ["at 2 years", "at 5 years", "at 10 years", "F(3, "]) expect(moderation).toContain(at);
    expect(moderation).not.toMatch(/points per year at support/);
  });

  it("states the bootstrap interval to the digits its Monte Carlo error allows, with the B it used", () => {
    const contrast = results.summary.find((line) => line.includes("Hedges' g"))!;
    const primary = results.supportGroups.comparisons.find(
      (c) => c.outcome.id === results.roles.primaryErosion.id,
    );
    const b = primary!.tests!.bootstrap;
    expect(contrast).toContain(
      `bootstrap BCa ${formatInterval(b.bca, b.digits)} with B = ${b.B.toLocaleString("en")}`,
    );
    expect(contrast).toMatch(/Monte Carlo error of each bound at most 0\.0[0-4]\d/);
  });

  it("is a versioned, JSON-safe object with n beside its estimates", () => {
    expect(results.schemaVersion).toBe(3);
    expect(Object.keys(results)).toEqual([
      "schemaVersion",
      "instrument",
      "settings",
      "roles",
      "sample",
      "reliability",
      "descriptives",
      "harmTrajectory",
      "capacity",
      "moderation",
      "supportGroups",
      "supportItems",
      "discriminantValidity",
      "leavers",
      "multipleComparisons",
      "summary",
      "caveats",
    ]);
    expect(numbersIn(results).filter((entry) => !Number.isFinite(entry.value))).toEqual([]);
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    const role = results.descriptives.proportions.find((p) => p.variable === "role")!;
    expect(role.n).toBe(results.sample.analysed);
    expect(role.categories.every((c) => c.estimate.suppressed || c.estimate.of === role.n)).toBe(true);
  });

  it("switches to Benjamini–Hochberg on request", () => {
    const bh = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 200, correction: "bh" } });
    expect(bh.multipleComparisons.every((f) => f.method === "bh")).toBe(true);
    const holm = results.multipleComparisons.find((f) => f.id === "tenure-nonlinearity-by-support")!;
    const fdr = bh.multipleComparisons.find((f) => f.id === "tenure-nonlinearity-by-support")!;
    fdr.tests.forEach((t, i) => expect(t.pAdjusted).toBeLessThanOrEqual(holm.tests[i]!.pAdjusted + 1e-15));
  });
});

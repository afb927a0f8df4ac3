import { describe, expect, it } from "vitest";
import { CARELESS_THRESHOLDS } from "~/surveys/quality-rules";
import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import type { DiscriminantValidity } from "../../../../analysis/survey/results-types";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { DEMO_SPEEDER_FRACTION, withDemoExclusions } from "../../../../analysis/validation/demo-exclusions";
import { publishedEstimands } from "../../../../analysis/validation/published-estimands";
import { runReplication } from "../../../../analysis/validation/run-replication";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";

const definition = loadDefaultInstrument();
const panel = generateSyntheticPanel(definition, { n: 400, seed: 12 });

describe("withDemoExclusions", () => {
  it("excludes speeders at the lab's cut-off and failed attention checks, as the demo researcher does", () => {
    expect(DEMO_SPEEDER_FRACTION).toBe(CARELESS_THRESHOLDS.speederMedianFraction);
    const responses = withDemoExclusions(definition, panel);
    const durations = panel.map((r) => r.durationSeconds).sort((a, b) => a - b);
    const median = (durations[199]! + durations[200]!) / 2;
    responses.forEach((response, i) => {
      const reasons = response.excluded!.map((e) => e.reason);
      expect(reasons.includes("speeder")).toBe(panel[i]!.durationSeconds < median / 3);
      expect(reasons.includes("attention")).toBe(panel[i]!.answers.inst_attention !== 2);
    });
    const excluded = responses.filter((r) => r.excluded!.length > 0).length;
    expect(excluded).toBeGreaterThan(8);
    expect(excluded).toBeLessThan(40);
  });
});

describe("publishedEstimands", () => {
  const results = runSurveyAnalysis({
    definition,
    responses: withDemoExclusions(definition, panel),
    options: { bootstrapB: 200, bootstrapMaxB: 200 }, // a fixed B, as the harness runs it (decision 028)
  });
  const { values, verdicts } = publishedEstimands(results);

  it("takes each published number from the results, with its interval and its published p-value", () => {
    const moderation = results.moderation[2]!;
    if (!("interaction" in moderation)) throw new Error("moderation not fitted");
    expect(values["moderation.interaction:cbi_client"]).toEqual({
      estimate: moderation.interaction.F,
      ci: null,
      ciLevel: 0.95,
      p: moderation.interaction.pAdjusted,
      pRaw: moderation.interaction.p,
    });
    const at5 = moderation.supportEffects[2]!;
    expect(values["moderation.support at 5 years:cbi_client"]).toEqual({
      estimate: at5.estimate,
      ci: at5.ci95,
      ciLevel: 0.95,
      p: at5.p,
      pRaw: at5.p,
    });
    const r = results.supportGroups.comparisons[2]!.continuous!;
    expect(values["support.r:cbi_client"]).toMatchObject({ estimate: r.r, ci: r.ci95 });
    const leaver = results.leavers.outcomes[0]!;
    expect(values["leavers.contrast TOST:cbi_personal"]).toMatchObject({
      estimate: leaver.equivalence!.difference,
      ci: leaver.equivalence!.ci90,
      ciLevel: 0.9,
      p: leaver.equivalence!.pAdjusted,
    });
    expect(values["leavers.contrast:cbi_personal"]).toEqual({
      estimate: leaver.model!.contrast.estimate,
      ci: leaver.model!.contrast.ci95,
      ciLevel: 0.95,
      p: leaver.model!.contrast.pAdjusted,
      pRaw: leaver.model!.contrast.p,
    });
    const g = results.supportGroups.comparisons[0]!.tests!.hedgesG;
    expect(values["support.hedges g:cbi_personal"]).toMatchObject({ estimate: g.g, ci: g.ci95, p: null });
    const pair = results.discriminantValidity[0] as DiscriminantValidity;
    expect(verdicts).toEqual({
      "validity:protective_restructuring~cbi_client": pair.verdict,
      cbi_personal: leaver.conclusion,
      left_drain_now: results.leavers.outcomes[1]!.conclusion,
    });
    expect(values["validity.htmt:protective_restructuring~cbi_client"]).toEqual({
      estimate: pair.htmt.estimate,
      ci: pair.htmt.ci95,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
    expect(values["validity.disattenuated r:protective_restructuring~cbi_client"]).toMatchObject({
      estimate: pair.disattenuated,
      ci: null,
    });
    const item = results.supportItems.find((a) => a.item === "inst_backing" && a.outcome === "cbi_client")!;
    if (item.n === null) expect.fail("inst_backing~cbi_client has no estimate");
    expect(values["support item.r:inst_backing~cbi_client"]).toEqual({
      estimate: item.r,
      ci: item.ci95,
      ciLevel: 0.95,
      p: item.pAdjusted,
      pRaw: item.p,
    });
    expect(Object.keys(values).filter((id) => id.startsWith("support item.r:"))).toHaveLength(35);
  });

  it("leaves out suppressed numbers, and is what runReplication returns for the same panel", () => {
    const shown = (id: string) => results.harmTrajectory.find((h) => h.outcome.id === id)!.overall.bands;
    const bands = ["cbi_personal", "capacity_drop"].flatMap((id) => shown(id).map((band) => ({ id, band })));
    const hidden = bands.filter(({ band }) => band.estimate.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id, band } of bands)
      expect(values[`trajectory.band ${band.band}:${id}`] === undefined).toBe(band.estimate.suppressed);
    expect(Object.keys(values).length).toBeGreaterThan(50);
    expect(runReplication({ definition, scenario: "demo", n: 400, seed: 12, bootstrapB: 200 })).toEqual({
      values,
      verdicts,
    });
  });
});

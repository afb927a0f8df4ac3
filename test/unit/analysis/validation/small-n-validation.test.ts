import { beforeAll, describe, expect, it } from "vitest";
import {
  intervalCalibration,
  type IntervalCalibration,
} from "../../../../analysis/validation/interval-calibration";
import type { PublishedEstimands } from "../../../../analysis/validation/published-estimands";
import { replicationSeed, runReplication } from "../../../../analysis/validation/run-replication";
import { SCENARIO_TRUTHS } from "../../../../analysis/validation/scenario-truths";
import { summariseReplications } from "../../../../analysis/validation/summarise-replications";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";

// The validation harness in small: 60 replications of the null scenario at n = 300 (fixed seeds, so the
// numbers are the same on every run; about 10 s). docs/validation.md has the full run.
const REPS = 60;
const truth = SCENARIO_TRUTHS.null;
const OUTCOMES = ["cbi_personal", "cbi_work", "cbi_client", "capacity_drop"];
/** The estimands whose truth is exact under null (zero by construction): no Monte Carlo error in the truth. */
const EXACT_IDS = [
  ...OUTCOMES.map((o) => `trajectory.linear:${o}`),
  "leavers.contrast:cbi_personal",
  "leavers.contrast:left_drain_now",
];
const LEAVER_IDS = EXACT_IDS.filter((id) => id.startsWith("leavers."));
/** How many of the replications published each of these estimands, summed. */
const published = (ids: readonly string[]) =>
  ids.reduce((sum, id) => sum + runs.filter((run) => run.values[id] !== undefined).length, 0);
/** The tests whose null is true by construction under null: the joint tenure × support interaction. */
const NULL_TESTS = OUTCOMES.map((o) => `moderation.interaction:${o}`);

/**
 * Correctly scaled intervals pass; intervals 20 % too narrow or too wide fail. E[z²] is 1/c² for intervals c
 * times their right width, so a passing z² in [0.8, 1.15] becomes at least 0.8 / 0.64 = 1.25 > 1.15 when every
 * interval is made 20 % narrower and at most 1.15 / 1.44 = 0.80 when 20 % wider: no result can pass both ways.
 * The bounds are about ±2 standard errors of the pooled z² (about 280 correlated intervals: 240 tenure slopes and
 * the leaver contrasts of the replications that estimate them) around 1.
 */
const calibrated = (c: IntervalCalibration) =>
  c.coverage >= 0.92 && c.coverage <= 0.98 && c.meanSquaredZ >= 0.8 && c.meanSquaredZ <= 1.15;

/** Every published interval stretched (c > 1) or shrunk (c < 1) about its estimate: a deliberately wrong CI. */
function scaleIntervals(runs: PublishedEstimands[], c: number): PublishedEstimands[] {
  return runs.map((run) => ({
    ...run,
    values: Object.fromEntries(
      Object.entries(run.values).map(([id, v]) => [
        id,
        v.ci
          ? { ...v, ci: [v.estimate - c * (v.estimate - v.ci[0]), v.estimate + c * (v.ci[1] - v.estimate)] }
          : v,
      ]),
    ),
  }));
}

let runs: PublishedEstimands[];
beforeAll(() => {
  const definition = loadDefaultInstrument();
  runs = Array.from({ length: REPS }, (_, rep) =>
    runReplication({
      definition,
      scenario: "null",
      n: 300,
      seed: replicationSeed(101, rep),
      bootstrapB: 100,
    }),
  );
}, 120_000);

describe("validation by simulation, small N", () => {
  it("finds today's t-based intervals of the exactly known null estimands calibrated", () => {
    const calibration = intervalCalibration(runs, truth, EXACT_IDS);
    expect(calibration.intervals).toBe(published(EXACT_IDS));
    expect(calibrated(calibration), JSON.stringify(calibration)).toBe(true);
  });

  it("would catch intervals 20 % too narrow or 20 % too wide", () => {
    const narrow = intervalCalibration(scaleIntervals(runs, 0.8), truth, EXACT_IDS);
    const wide = intervalCalibration(scaleIntervals(runs, 1.2), truth, EXACT_IDS);
    expect(calibrated(narrow), JSON.stringify(narrow)).toBe(false);
    expect(narrow.meanSquaredZ).toBeGreaterThan(1.15);
    expect(narrow.coverage).toBeLessThan(0.92);
    expect(calibrated(wide), JSON.stringify(wide)).toBe(false);
    expect(wide.meanSquaredZ).toBeLessThan(0.8);
  });

  it("summarises every replication: the null's tests reject rarely, the support contrast almost always", () => {
    const summary = summariseReplications(runs, truth);
    const row = (id: string) => summary.estimands.find((s) => s.id === id)!;
    expect(summary.reps).toBe(REPS);
    for (const id of EXACT_IDS) expect(row(id)).toMatchObject({ truth: 0, h0: true, reps: published([id]) });
    // The leavers' contrast (1 against 4 years since leaving) is estimated only where at least 10 leavers lie at
    // or beyond each end: in about a third of these 300-person studies (~50 leavers), never extrapolated.
    for (const id of LEAVER_IDS) expect(published([id])).toBeGreaterThanOrEqual(15);
    for (const id of EXACT_IDS) expect(row(id).reject!).toBeLessThanOrEqual(0.15);
    for (const id of NULL_TESTS) expect(row(id)).toMatchObject({ truth: null, h0: true, reps: REPS });
    for (const id of NULL_TESTS) expect(row(id).reject!).toBeLessThanOrEqual(0.15);
    expect(row("support.difference:cbi_client").reject).toBeGreaterThan(0.9);
    const verdicts = summary.verdicts.cbi_personal!;
    expect(Object.values(verdicts).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

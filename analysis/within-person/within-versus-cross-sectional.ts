import { bootstrapCI } from "../bootstrap-ci";
import { percentileInterval } from "../percentile-interval";
import { formatEstimate } from "../charts/format-estimate";
import { inSentence } from "../charts/in-sentence";
import { crossSectionalSlope, simpleSlope } from "./cross-sectional-slope";
import { longScores } from "./long-scores";
import { maximiseReml } from "./maximise-reml";
import { randomInterceptDesign } from "./random-intercept-reml";
import type { IntervalEstimate, PersonWaves, WithinPersonScale } from "./types";
import { wavePairs } from "./wave-pairs";

/** Result of {@link withinVersusCrossSectional} for one scale. */
export interface WithinVersusCrossSectional {
  scale: WithinPersonScale;
  /** why nothing is reported (fewer than k people); null when reported */
  suppressedBecause: string | null;
  /** people with the scale at their first wave, a tenure there and a baseline support, and the within change */
  n: number | null;
  /** "paired change per year": Σ(later − earlier)/Σ years between (two waves); "random-intercept slope at mean
   *  support": β_years + β_years×support · mean support (three or more waves) */
  withinSource: "paired change per year" | "random-intercept slope at mean support";
  /** points per year within the same people, with a percentile bootstrap CI over people */
  within: { estimate: number; ci95: [number, number] } | null;
  /** points per year of tenure across people at their first wave: OLS slope with HC3 SE (decision 031) */
  crossSectional: IntervalEstimate | null;
  /** within − cross-sectional, percentile bootstrap CI resampling people */
  difference: { estimate: number; ci95: [number, number]; B: number; seed: number } | null;
  /** what the difference means, in plain words */
  sentence: string;
}

/** Each eligible person's first-wave tenure and score (index into the input people). */
function firstWaves(people: readonly PersonWaves[], scale: string, eligible: Set<number>) {
  const rows: [number, number, number][] = [];
  for (const i of eligible) {
    const p = people[i]!;
    const first = p.waves.reduce((a, w) => (w.wave < a.wave ? w : a));
    const score = first.scores[scale];
    if (typeof score === "number" && first.tenureYears !== null && p.baselineSupport !== null) {
      rows.push([i, first.tenureYears, score]);
    }
  }
  return rows;
}

const NOTHING = { n: null, within: null, crossSectional: null, difference: null, sentence: "" } as const;

type Estimator = (selection: Int32Array) => number;

/** Within-person change per year over the selected people (positions in `ids`), and whether it is the model's. */
function withinEstimator(
  people: readonly PersonWaves[],
  scale: string,
  ids: readonly number[],
  waves: readonly [number, number] | null,
): { estimate: Estimator; source: WithinVersusCrossSectional["withinSource"] } {
  if (waves === null) {
    const data = longScores(people, scale, ids);
    const product = data.years.map((y, r) => y * data.support[r]!);
    const predictors = { years: data.years, support: data.support, "years:support": product };
    const { moments } = randomInterceptDesign(data.score, predictors, data.person);
    const support = ids.map((i) => people[i]!.baselineSupport!);
    const near = { logLambda: Math.log(maximiseReml(moments).lambda), tolerance: 1e-7 };
    const estimate: Estimator = (selection) => {
      const beta = maximiseReml(moments, selection, near).beta;
      let s = 0;
      for (const j of selection) s += support[j]!;
      return beta[1]! + (beta[3]! * s) / selection.length;
    };
    return { estimate, source: "random-intercept slope at mean support" };
  }
  const pairs = wavePairs(
    ids.map((i) => people[i]!),
    scale,
    waves,
  );
  const estimate: Estimator = (selection) => {
    let change = 0;
    let years = 0;
    for (const j of selection) {
      change += pairs.later[j]! - pairs.earlier[j]!;
      years += pairs.months[j]! / 12;
    }
    return change / years;
  };
  return { estimate, source: "paired change per year" };
}

const safely =
  (f: Estimator): Estimator =>
  (selection) => {
    try {
      return f(selection);
    } catch {
      return Number.NaN;
    }
  };

/**
 * One bootstrap of within − cross over people; the within estimate of every call is kept on the side (the first
 * call is on the original people, then one per resample), so its interval comes from the same resamples at no
 * extra fit.
 */
function bootstrapBoth(
  positions: Float64Array,
  within: Estimator,
  cross: Estimator,
  settings: { B: number; seed: number },
) {
  const withinValues: number[] = [];
  const difference = bootstrapCI({
    samples: [positions],
    statistic: (idx) => {
      const selection = Int32Array.from(idx);
      const w = safely(within)(selection);
      withinValues.push(w);
      return w - cross(selection);
    },
    seed: settings.seed,
    B: settings.B,
    method: "percentile",
  });
  if (withinValues.length !== difference.B + 1)
    throw new Error("withinVersusCrossSectional lost a replicate");
  const withinCI = { estimate: withinValues[0]!, percentile: percentileInterval(withinValues.slice(1)) };
  return { difference, withinCI };
}

/** The plain sentence: both slopes, their difference, and what a difference would mean. */
function meaning(
  label: string,
  within: { estimate: number; ci95: [number, number] },
  cross: IntervalEstimate,
  diff: { estimate: number; ci95: [number, number] },
): string {
  const words = (e: number, ci: readonly [number, number]) => formatEstimate(e, ci, 2, "words");
  const excludesZero = diff.ci95[0] > 0 || diff.ci95[1] < 0;
  return (
    `Within the same people, ${inSentence(label)} changed by ${words(within.estimate, within.ci95)} points a year; ` +
    `across people at their first wave, each year of tenure went with ${words(cross.estimate, cross.ci95)} points. ` +
    `The difference is ${words(diff.estimate, diff.ci95)}. ` +
    (excludesZero
      ? "The cross-sectional slope is not a fair guide to how people change here. "
      : "The data cannot tell the two apart, which does not show they are equal. ") +
    // A straight line through a curved trajectory differs from the average yearly change at the tenures people
    // have even without selection (the planted synthetic study shows it), so the sentence names that cause too.
    "A difference can come from who stays in the job (survivors), from when people started (cohorts), or from a " +
    "trajectory that is not a straight line: the straight cross-sectional slope is then not the yearly change at " +
    "the tenures these people have."
  );
}

/**
 * The within-person change per year beside the cross-sectional slope over tenure in the same people's first-wave
 * answers, and their difference with a person-level percentile bootstrap CI ({@link bootstrapCI}, resampling
 * people with all their waves, seeded). Within: the paired change per year Σ(later − earlier)/Σ years between
 * (two waves), or the random-intercept slope at the mean support (three or more waves). Cross-sectional: OLS of
 * the first-wave score on first-wave tenure, HC3 SE (decision 031). The people: those in the within estimate
 * with a first-wave score, tenure and baseline support; fewer than k → suppressed.
 *
 * Cost: O(B·(n + cost of the within estimate)); with three or more waves each replicate refits the REML model.
 *
 * @example
 * withinVersusCrossSectional(people, scale, { waves: [1, 2], minCellSize: 10, B: 2000, seed: 1 }).difference;
 */
export function withinVersusCrossSectional(
  people: readonly PersonWaves[],
  scale: WithinPersonScale,
  settings: { waves: readonly [number, number]; minCellSize: number; B: number; seed: number },
): WithinVersusCrossSectional {
  const model = longScores(people, scale.id).waves >= 3;
  const candidates = model
    ? new Set(people.keys())
    : new Set(wavePairs(people, scale.id, settings.waves).person);
  const rows = firstWaves(people, scale.id, candidates);
  const source = model ? "random-intercept slope at mean support" : "paired change per year";
  const k = settings.minCellSize;
  if (rows.length < Math.max(k, 3)) {
    const because = `fewer than ${k} people with a first-wave score, tenure and support`;
    return { ...NOTHING, scale, suppressedBecause: because, withinSource: source };
  }
  const ids = rows.map((r) => r[0]);
  const tenure = Float64Array.from(rows, (r) => r[1]);
  const score = Float64Array.from(rows, (r) => r[2]);
  const within = withinEstimator(people, scale.id, ids, model ? null : settings.waves);
  const cross: Estimator = (selection) =>
    simpleSlope(
      Float64Array.from(selection, (j) => tenure[j]!),
      Float64Array.from(selection, (j) => score[j]!),
    ).slope;
  const positions = Float64Array.from(ids.keys());
  const { difference, withinCI } = bootstrapBoth(positions, within.estimate, cross, settings);
  const crossSectional = crossSectionalSlope(tenure, score);
  const diff = {
    estimate: difference.estimate,
    ci95: difference.percentile!,
    B: difference.B,
    seed: settings.seed,
  };
  const withinShown = { estimate: withinCI.estimate, ci95: withinCI.percentile! };
  return {
    scale,
    suppressedBecause: null,
    n: rows.length,
    withinSource: within.source,
    within: withinShown,
    crossSectional,
    difference: diff,
    sentence: meaning(scale.label, withinShown, crossSectional, diff),
  };
}

import { bootstrapCI } from "../bootstrap-ci";
import { percentileInterval } from "../percentile-interval";
import { formatEstimate } from "../charts/format-estimate";
import { inSentence } from "../charts/in-sentence";
import { crossSectionalSlope, simpleSlope } from "./cross-sectional-slope";
import { longScores } from "./long-scores";
import { maximiseReml } from "./maximise-reml";
import { personMoments } from "./person-moments";
import { randomInterceptDesign } from "./random-intercept-reml";
import { remlProfile } from "./reml-profile";
import { tenureCurve, tenureCurveCoefficients, type TenureCurve } from "./tenure-curve";
import type { IntervalEstimate, PersonWaves, WithinPersonScale } from "./types";
import { wavePairs } from "./wave-pairs";

type Interval = { estimate: number; ci95: [number, number] };

/** Result of {@link withinVersusCrossSectional} for one scale. */
export interface WithinVersusCrossSectional {
  scale: WithinPersonScale;
  /** why nothing is reported (fewer than k people); null when reported */
  suppressedBecause: string | null;
  /** people with the scale at their first wave, a tenure there and a baseline support, and the within change */
  n: number | null;
  /** "paired change per year": Σ(later − earlier)/Σ years between (two waves); "random-intercept slope at mean
   *  support": β_years + β_years×support · mean support (three or more waves). The curve-predicted change is
   *  computed the same way from the curve's predictions in place of the scores. */
  withinSource: "paired change per year" | "random-intercept slope at mean support";
  /** points per year within the same people, with a percentile bootstrap CI over people */
  within: Interval | null;
  /** points per year that the cross-sectional curve (first-wave score on first-wave tenure, restricted cubic
   *  spline) predicts for the same people from their tenure over the same time; percentile bootstrap CI */
  curvePredicted: Interval | null;
  /** knots of the cross-sectional curve (years); empty when too few distinct tenures left a straight line */
  curveKnots: number[] | null;
  /** the straight cross-sectional slope over tenure at the first wave: OLS with HC3 SE (decision 031); shown
   *  for reference only — it averages over all tenures, so it is not compared with the within change */
  straightSlope: IntervalEstimate | null;
  /** within − curvePredicted: the like-with-like difference, percentile bootstrap CI resampling people */
  withinMinusCurvePredicted: (Interval & { B: number; seed: number }) | null;
  /** within − straightSlope over the same resamples, for reference (not like with like for a curve) */
  withinMinusStraightSlope: Interval | null;
  /** what the like-with-like difference means, in plain words */
  sentence: string;
}

/** Each eligible person's first-wave tenure and score (index into the input people). */
function firstWaves(people: readonly PersonWaves[], scale: string, eligible: Set<number>) {
  const rows: [number, number, number][] = [];
  for (const i of eligible) {
    const p = people[i]!;
    const first = firstWaveOf(p);
    const score = first.scores[scale];
    if (typeof score === "number" && first.tenureYears !== null && p.baselineSupport !== null) {
      rows.push([i, first.tenureYears, score]);
    }
  }
  return rows;
}

const firstWaveOf = (p: PersonWaves) => p.waves.reduce((a, w) => (w.wave < a.wave ? w : a));

const NOTHING = {
  ...{ n: null, within: null, curvePredicted: null, curveKnots: null, straightSlope: null },
  ...{ withinMinusCurvePredicted: null, withinMinusStraightSlope: null, sentence: "" },
} as const;

/** The within change per year and the curve-predicted change per year of the selected people (positions). */
type Estimator = (selection: Int32Array) => { within: number; curve: number };

/** The compared people: positions 0 … n − 1, their first-wave tenure and score, and the curve's basis there. */
interface Compared {
  ids: readonly number[];
  tenure: Float64Array;
  score: Float64Array;
  curve: TenureCurve;
  basis: Float64Array[];
}

const orNaN = (f: () => number): number => {
  try {
    return f();
  } catch {
    return Number.NaN;
  }
};

/**
 * Two waves: Σ(later − earlier)/Σ gap, and Σ(f(T + gap) − f(T))/Σ gap for the curve f fitted to the selection,
 * T the person's tenure at the earlier compared wave (first-wave tenure + the months since it) and gap the years
 * between the two waves.
 */
function pairedEstimator(
  people: readonly PersonWaves[],
  scale: string,
  compared: Compared,
  waves: readonly [number, number],
): Estimator {
  const { ids, tenure, score, curve, basis } = compared;
  const pairs = wavePairs(
    ids.map((i) => people[i]!),
    scale,
    waves,
  );
  const gap = Float64Array.from(pairs.months, (m) => m / 12);
  const start = Float64Array.from(ids, (i, j) => {
    const p = people[i]!;
    const earlier = p.waves.find((w) => w.wave === waves[0])!;
    return tenure[j]! + (earlier.monthsSinceFirstWave - firstWaveOf(p).monthsSinceFirstWave) / 12;
  });
  const [from, to] = [curve.basis(start), curve.basis(start.map((t, j) => t + gap[j]!))];
  const step = to.map((column, c) => column.map((v, j) => v - from[c]![j]!));
  return (selection) => {
    let change = 0;
    let years = 0;
    for (const j of selection) {
      change += pairs.later[j]! - pairs.earlier[j]!;
      years += gap[j]!;
    }
    const curveChange = orNaN(() => {
      const beta = tenureCurveCoefficients(basis, score, selection);
      let sum = 0;
      for (const j of selection) for (let c = 0; c < step.length; c++) sum += beta[c + 1]! * step[c]![j]!;
      return sum;
    });
    return { within: change / years, curve: curveChange / years };
  };
}

/**
 * Three or more waves: the random-intercept slope at the selection's mean support (REML), and the same model's
 * GLS fit at that REML λ to the curve's predictions f(T + years) at every scored row, read the same way — so both
 * are the one linear estimator applied to the scores and to what the curve predicts for them.
 */
function modelEstimator(people: readonly PersonWaves[], scale: string, compared: Compared): Estimator {
  const { ids, tenure, score, curve, basis } = compared;
  const data = longScores(people, scale, ids);
  const product = data.years.map((y, r) => y * data.support[r]!);
  const predictors = { years: data.years, support: data.support, "years:support": product };
  // longScores keeps the order of `ids`, so the design's person j is ids[j], the compared position j
  const design = randomInterceptDesign(data.score, predictors, data.person);
  const rows = curve.basis(Float64Array.from(data.years, (y, r) => tenure[design.person[r]!]! + y));
  const support = ids.map((i) => people[i]!.baselineSupport!);
  const near = { logLambda: Math.log(maximiseReml(design.moments).lambda), tolerance: 1e-7 };
  return (selection) => {
    let s = 0;
    for (const j of selection) s += support[j]!;
    const meanSupport = s / selection.length;
    const point = maximiseReml(design.moments, selection, near);
    const within = point.beta[1]! + point.beta[3]! * meanSupport;
    const curveSlope = orNaN(() => {
      const beta = tenureCurveCoefficients(basis, score, selection);
      const predicted = rows[0]!.map((_, r) =>
        rows.reduce((f, col, c) => f + beta[c + 1]! * col[r]!, beta[0]!),
      );
      const moments = personMoments(predicted, design.columns, design.person, design.moments.people);
      const fit = remlProfile(moments, point.lambda, selection);
      return fit ? fit.beta[1]! + fit.beta[3]! * meanSupport : Number.NaN;
    });
    return { within, curve: curveSlope };
  };
}

/**
 * One bootstrap of within − curve over people; the within, curve and straight-slope values of every call are
 * kept on the side (the first call is on the original people, then one per resample), so their intervals come
 * from the same resamples at no extra fit.
 */
function bootstrapAll(compared: Compared, estimator: Estimator, settings: { B: number; seed: number }) {
  const kept = { within: [] as number[], curve: [] as number[], straight: [] as number[] };
  const difference = bootstrapCI({
    samples: [Float64Array.from(compared.ids.keys())],
    statistic: (idx) => {
      const selection = Int32Array.from(idx);
      const { within, curve } = orNaNPair(() => estimator(selection));
      const pick = (column: Float64Array) => Float64Array.from(selection, (j) => column[j]!);
      kept.within.push(within);
      kept.curve.push(curve);
      kept.straight.push(within - simpleSlope(pick(compared.tenure), pick(compared.score)).slope);
      return within - curve;
    },
    seed: settings.seed,
    B: settings.B,
    method: "percentile",
  });
  if (kept.within.length !== difference.B + 1) throw new Error("withinVersusCrossSectional lost a replicate");
  const interval = (values: number[]): Interval => ({
    estimate: values[0]!,
    ci95: percentileInterval(values.slice(1)),
  });
  return {
    difference: { estimate: difference.estimate, ci95: difference.percentile!, B: difference.B },
    within: interval(kept.within),
    curve: interval(kept.curve),
    straight: interval(kept.straight),
  };
}

const orNaNPair = (f: () => { within: number; curve: number }) => {
  try {
    return f();
  } catch {
    return { within: Number.NaN, curve: Number.NaN };
  }
};

/** The plain sentence: the within change, what the curve predicts for the same people, and their difference. */
function meaning(label: string, within: Interval, curve: Interval, diff: Interval): string {
  const words = (e: number, ci: readonly [number, number]) => formatEstimate(e, ci, 2, "words");
  const excludesZero = diff.ci95[0] > 0 || diff.ci95[1] < 0;
  return (
    `Within the same people, ${inSentence(label)} changed by ${words(within.estimate, within.ci95)} points a year; ` +
    `the cross-sectional curve over years in support (the same people at their first wave) predicts ` +
    `${words(curve.estimate, curve.ci95)} points a year for them, from their own tenure over the same time. ` +
    `The difference is ${words(diff.estimate, diff.ci95)}. ` +
    (excludesZero
      ? "People here do not change as the cross-sectional curve suggests. "
      : "The data cannot tell the two apart, which does not show they are equal. ") +
    // The curve is read at each person's own tenure, so a curved trajectory alone does not make the two differ
    // (the planted synthetic study checks it); what is left is selection, cohorts and the calendar.
    "Both describe the same people at the same tenures, so a difference comes from who stays in the job " +
    "(survivors), from when people started (cohorts), or from change everyone shared in these months (period)."
  );
}

/**
 * The within-person change per year beside the change per year that the cross-sectional curve over tenure
 * predicts for the same people over the same time, and their difference with a person-level percentile bootstrap
 * CI ({@link bootstrapCI}, resampling people with all their waves, seeded; each resample refits both).
 * The curve: OLS of the first-wave score on a restricted cubic spline of first-wave tenure ({@link tenureCurve}:
 * 4 knots placed once on all compared people's tenures, a straight line with at most 4 distinct tenures).
 * Two waves: within = Σ(later − earlier)/Σ gap, curve-predicted = Σ(f(T + gap) − f(T))/Σ gap (T the tenure at
 * the earlier wave, gap the years between). Three or more: within = the random-intercept slope at mean support
 * (REML), curve-predicted = the same model's GLS slope at mean support, at the scores' λ, fitted to f(T + years)
 * at every scored row. Comparing with the curve rather than the straight slope is like with like: for a curved
 * trajectory the straight slope differs from the yearly change at these people's tenures even without survivors
 * or cohorts (decision 058, "Like with like"). The straight slope (OLS, HC3 SE, decision 031) and within − straight
 * are reported for reference. The people: those in the within estimate with a first-wave score, tenure and
 * baseline support; fewer than k → suppressed.
 *
 * Cost: O(B·(n·k² + cost of the within estimate)); with three or more waves each replicate refits the REML model.
 *
 * @example
 * withinVersusCrossSectional(people, scale, { waves: [1, 2], minCellSize: 10, B: 2000, seed: 1 })
 *   .withinMinusCurvePredicted; // { estimate, ci95, B, seed }
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
  const withinSource = model ? "random-intercept slope at mean support" : "paired change per year";
  const k = settings.minCellSize;
  if (rows.length < Math.max(k, 3)) {
    const because = `fewer than ${k} people with a first-wave score, tenure and support`;
    return { ...NOTHING, scale, suppressedBecause: because, withinSource };
  }
  const tenure = Float64Array.from(rows, (r) => r[1]);
  const curve = tenureCurve(tenure);
  const compared: Compared = {
    ids: rows.map((r) => r[0]),
    tenure,
    score: Float64Array.from(rows, (r) => r[2]),
    curve,
    basis: curve.basis(tenure),
  };
  const estimator = model
    ? modelEstimator(people, scale.id, compared)
    : pairedEstimator(people, scale.id, compared, settings.waves);
  const boot = bootstrapAll(compared, estimator, settings);
  const difference = { ...boot.difference, seed: settings.seed };
  return {
    scale,
    suppressedBecause: null,
    n: rows.length,
    withinSource,
    within: boot.within,
    curvePredicted: boot.curve,
    curveKnots: curve.knots,
    straightSlope: crossSectionalSlope(tenure, compared.score),
    withinMinusCurvePredicted: difference,
    withinMinusStraightSlope: boot.straight,
    sentence: meaning(scale.label, boot.within, boot.curve, difference),
  };
}

import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import type { SurveyRoles } from "./roles";
import { BOOTSTRAP_MAX_B } from "../resample-to-precision";
import type { AnalysisSettings } from "./results-types";

/** One response as the analysis reads it. */
export interface SurveyResponseInput {
  id: string;
  answers: Answers;
  durationSeconds?: number | null;
  /** the language the response was answered in (default "en") */
  language?: string;
  /** reasons the response is left out of the analysis (speeder, attention, …); empty or absent to keep it */
  excluded?: readonly { reason: string }[];
}

/** Options of `runSurveyAnalysis`. */
export interface SurveyAnalysisOptions {
  /** bootstrap resamples to start the BCa interval of the mean difference with (default 2000) */
  bootstrapB?: number;
  /**
   * the cap on resamples when B is raised until every published bound's Monte Carlo error is below half a unit of
   * its last digit (default 64,000); set it equal to bootstrapB for a fixed B, as the validation harness does
   */
  bootstrapMaxB?: number;
  /** seed of the bootstrap's random number generator (default 1) */
  seed?: number;
  /** multiple-comparison correction within each family of tests (default "holm") */
  correction?: "holm" | "bh";
  /** small-cell rule k: groups with fewer respondents are published as null (default 10, at least 2) */
  minCellSize?: number;
  /** estimates from fewer respondents are flagged low precision (default 30) */
  lowPrecisionBelow?: number;
  /** which variables play which part (default: SURVEY_ROLES for the default instrument) */
  roles?: SurveyRoles;
  /** called as each step starts and when the analysis ends (fraction of the work done, 0–1) */
  onProgress?(step: string, fraction: number): void;
}

/** Input of `runSurveyAnalysis`. */
export interface SurveyAnalysisInput {
  definition: InstrumentDefinition;
  responses: readonly SurveyResponseInput[];
  options?: SurveyAnalysisOptions;
}

/** Knots of the restricted cubic spline (Harrell's default placement; 4 suits samples from ~100 up). */
export const SPLINE_KNOTS = 4;
/** LOWESS span and robustness iterations (R's `lowess` defaults). */
export const LOESS_SETTINGS = { f: 2 / 3, iter: 3 } as const;
/** Tenures (years) at which the moderation model reports the support effect, besides the mean tenure. */
export const SUPPORT_EFFECT_TENURES = [2, 5, 10];
/** Decimals of the published high − low mean difference and its bootstrap interval (0–100 points). */
export const MEAN_DIFFERENCE_DIGITS = 1;

const fail = (message: string): never => {
  throw new Error(`runSurveyAnalysis requires ${message}`);
};

/**
 * Checks the options and fills in defaults, returning the settings reported with the results (all but the
 * leavers' plan, which the definition gives: `resolveLeaverPlan`).
 *
 * Cost: O(1).
 *
 * @throws Error "runSurveyAnalysis requires bootstrapB to be an integer of at least 100" (and likewise for seed,
 *   correction, minCellSize and lowPrecisionBelow; bootstrapMaxB must be an integer of at least bootstrapB)
 * @example
 * analysisSettings({ seed: 7 }).bootstrap; // { B: 2000, maxB: 64000, seed: 7, interval: "BCa", digits: 1, … }
 */
export function analysisSettings(options: SurveyAnalysisOptions = {}): Omit<AnalysisSettings, "leaverPlan"> {
  const {
    bootstrapB = 2000,
    bootstrapMaxB = Math.max(BOOTSTRAP_MAX_B, bootstrapB),
    seed = 1,
    correction = "holm",
    minCellSize = 10,
    lowPrecisionBelow = 30,
  } = options;
  if (!Number.isInteger(bootstrapB) || bootstrapB < 100) fail("bootstrapB to be an integer of at least 100");
  if (!Number.isInteger(bootstrapMaxB) || bootstrapMaxB < bootstrapB)
    fail("bootstrapMaxB to be an integer of at least bootstrapB");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    fail("seed to be an integer in [0, 4294967295]");
  if (correction !== "holm" && correction !== "bh") fail('correction to be "holm" or "bh"');
  if (!Number.isInteger(minCellSize) || minCellSize < 2) fail("minCellSize to be an integer of at least 2");
  if (!Number.isInteger(lowPrecisionBelow) || lowPrecisionBelow < 0)
    fail("lowPrecisionBelow to be a non-negative integer");
  return {
    confidenceLevel: 0.95,
    alpha: 0.05,
    correction,
    bootstrap: bootstrapSettings(bootstrapB, bootstrapMaxB, seed),
    minCellSize,
    lowPrecisionBelow,
    splineKnots: SPLINE_KNOTS,
    loess: { ...LOESS_SETTINGS },
    supportLevels: {
      method: "tertiles",
      description:
        "Low, middle and high institutional support are the tertiles of the support score among current " +
        "practitioners (cut at its 1/3 and 2/3 quantiles; ties at a cut go to the lower group).",
    },
    moderation: {
      tenureTerms: "restricted cubic spline",
      supportEffectsAt: [...SUPPORT_EFFECT_TENURES],
      description:
        `Tenure enters the moderation model as the trajectory's restricted cubic spline (${SPLINE_KNOTS} knots at ` +
        "Harrell's default quantiles of the model sample), for every outcome; the basis and support are centred " +
        "at their means, support interacts with every basis column, and the interaction is tested jointly " +
        "(nested F, all tenure × support terms against none). The support effect is reported at the mean tenure " +
        `and at ${SUPPORT_EFFECT_TENURES.join(", ")} years, with the tenures where its 95 % CI excludes 0 ` +
        "(floodlight). A sensitivity model adds hostile-contact frequency and role.",
    },
  };
}

/** The bootstrap's settings: where B starts, its cap, and the precision rule in words. */
function bootstrapSettings(B: number, maxB: number, seed: number): AnalysisSettings["bootstrap"] {
  const halfUnit = 0.5 * 10 ** -MEAN_DIFFERENCE_DIGITS;
  const rule =
    maxB === B
      ? `B is fixed at ${B.toLocaleString("en")}; the Monte Carlo standard error of each bound is reported, and an interval whose bounds' error reaches half a unit of the last digit is published with fewer digits.`
      : `B starts at ${B.toLocaleString("en")} and is doubled (keeping the earlier resamples) until the Monte Carlo standard error of every bound is below half a unit of its last published digit (${halfUnit} for ${MEAN_DIFFERENCE_DIGITS} decimal), up to ${maxB.toLocaleString("en")}; an interval that is still less precise is published with fewer digits.`;
  return { B, maxB, seed, interval: "BCa", digits: MEAN_DIFFERENCE_DIGITS, rule };
}

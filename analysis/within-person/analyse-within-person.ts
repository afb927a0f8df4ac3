import { supportLevels } from "../survey/support-levels";
import { baselineAdjustedChange, type BaselineAdjustedChange } from "./baseline-adjusted-change";
import { withinPersonSettings, type WithinPersonSettings } from "./check-people";
import { randomInterceptModel, type RandomInterceptModel } from "./random-intercept-model";
import type { PersonWaves, WithinPersonOptions, WithinPersonScale } from "./types";
import { wavePairs } from "./wave-pairs";
import { withinVersusCrossSectional, type WithinVersusCrossSectional } from "./within-versus-cross-sectional";

/** The within-person results of one scale. */
export interface WithinPersonScaleResult {
  scale: WithinPersonScale;
  /** baseline-adjusted change between the two compared waves by support level (ANCOVA) */
  change: BaselineAdjustedChange;
  /** the random-intercept model, when the data hold three or more waves */
  model: RandomInterceptModel;
  /** within-person change per year beside the cross-sectional tenure slope */
  comparison: WithinVersusCrossSectional;
}

/** Result of {@link analyseWithinPerson}. */
export interface WithinPersonResults {
  settings: WithinPersonSettings;
  /** linked people analysed; null when fewer than k */
  people: number | null;
  /** support tertile cuts of the baseline sample (low ≤ cuts[0] < middle ≤ cuts[1] < high) */
  supportCuts: [number, number] | null;
  scales: WithinPersonScaleResult[];
}

/**
 * Within-person change in linked panel waves, for each scale: the baseline-adjusted change between two waves by
 * institutional-support tertile ({@link baselineAdjustedChange}), the random-intercept growth model when there
 * are three or more waves ({@link randomInterceptModel}), and the within-person change per year beside the
 * cross-sectional slope over tenure ({@link withinVersusCrossSectional}). Every group of fewer than k people is
 * reported as suppressed, never as a number. Decision 058 explains the choices.
 *
 * Cost: O(scales · (N + B · cost of one within estimate)) for N person-waves and B bootstrap resamples.
 *
 * @throws Error "analyseWithinPerson requires linked people (none were given)"
 * @throws Error "analyseWithinPerson requires every person to have at least two waves (person … has 1)"
 * @throws other "analyseWithinPerson requires …" errors of {@link withinPersonSettings}
 * @example
 * const results = analyseWithinPerson(people, { scales: [{ id: "cbi_work", label: "Work-related burnout" }] });
 * results.scales[0].change.byLevel; // low, middle, high: adjusted and raw change with 95 % CIs, or suppressed
 */
export function analyseWithinPerson(
  people: readonly PersonWaves[],
  options: WithinPersonOptions,
): WithinPersonResults {
  const settings = withinPersonSettings(people, options);
  const k = settings.minCellSize;
  const { cuts } = supportLevels(Float64Array.from(people, (p) => p.baselineSupport ?? Number.NaN));
  const scales = settings.scales.map((scale) => ({
    scale,
    change: baselineAdjustedChange(wavePairs(people, scale.id, settings.waves), scale, {
      waves: settings.waves,
      cuts,
      minCellSize: k,
      adjustForMonths: settings.adjustForMonths,
    }),
    model: randomInterceptModel(people, scale, k),
    comparison: withinVersusCrossSectional(people, scale, {
      waves: settings.waves,
      minCellSize: k,
      B: settings.bootstrapB,
      seed: settings.seed,
    }),
  }));
  return { settings, people: people.length >= k ? people.length : null, supportCuts: cuts, scales };
}

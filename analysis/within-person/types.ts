import type { CellStatus } from "../disclosure/suppress-small-cells";
import type { SupportLevel } from "../charts/support-level-style";

/** One wave of one linked person: when it was answered, the scale scores (null when not scored) and tenure. */
export interface PersonWave {
  wave: number;
  monthsSinceFirstWave: number;
  scores: Readonly<Record<string, number | null>>;
  tenureYears: number | null;
}

/** The linked waves of one person, as the linkage hands them to the analysis. */
export interface PersonWaves {
  /** random link id of this analysis, never a code */
  person: string;
  waves: readonly PersonWave[];
  /** institutional support at the person's first wave (a 0–100 score), the moderator */
  baselineSupport: number | null;
}

/** A scale to analyse: the key in `scores` and its label for sentences and charts. */
export interface WithinPersonScale {
  id: string;
  label: string;
}

/** Options of `analyseWithinPerson`. */
export interface WithinPersonOptions {
  scales: readonly WithinPersonScale[];
  /** small-cell rule k: a group of fewer than k people is never reported as a number (default 10) */
  minCellSize?: number;
  /** the two waves compared by the baseline-adjusted change (default: the two lowest wave numbers present) */
  waves?: readonly [number, number];
  /** add the months between the two waves as a covariate of the ANCOVA (default false) */
  adjustForMonths?: boolean;
  /** bootstrap resamples of people for the within-versus-cross-sectional difference (default 2000) */
  bootstrapB?: number;
  /** seed of the bootstrap (default 1) */
  seed?: number;
}

/** An estimate with its standard error and 95 % CI. */
export interface IntervalEstimate {
  estimate: number;
  se: number;
  ci95: [number, number];
}

/** A group the small-cell rule hides: no number, only why. */
export interface SuppressedGroup {
  suppressed: true;
  hidden: Exclude<CellStatus, "shown">;
  n: null;
}

/** The baseline-adjusted and the raw change of one support level, when shown. */
export interface ShownLevelChange {
  suppressed: false;
  n: number;
  /** mean baseline support of the level's people, where the ANCOVA is evaluated */
  meanSupport: number;
  /** ANCOVA-predicted later score at the sample's mean earlier score and this support, minus that mean */
  adjusted: IntervalEstimate;
  /** mean of later − earlier among the level's people, with the paired t interval */
  raw: IntervalEstimate;
}

/** One support level's change: shown, or suppressed. */
export type LevelChange = { level: SupportLevel } & (ShownLevelChange | SuppressedGroup);

import type { CurvePoint } from "../charts/chart-types";
import type { AnalysisVariable, ResolvedRoles } from "./resolve-roles";
import type { SupportLevel } from "../charts/support-level-style";
import type { LeaverAnalysis, LeaverPlanSettings } from "./leaver-results-types";
import type { HtmtBootstrapResult } from "../htmt-bootstrap";

export type {
  LeaverAnalysis,
  LeaverContrast,
  LeaverOutcome,
  LeaverPlanSettings,
} from "./leaver-results-types";

/** Version of the {@link SurveyResults} shape; raised whenever a field changes meaning or is removed. */
export const SURVEY_RESULTS_SCHEMA_VERSION = 3;

/**
 * A published mean with its t-based 95 % CI; a group below the small-cell rule is null throughout. `hidden` says
 * why: "primary" (fewer than k itself) or "complementary" (hidden so a small cell elsewhere cannot be worked out).
 */
export type MeanCell =
  | { suppressed: false; n: number; mean: number; sd: number; ci95: [number, number]; lowPrecision: boolean }
  | {
      suppressed: true;
      n: null;
      mean: null;
      sd: null;
      ci95: null;
      lowPrecision: null;
      hidden?: "primary" | "complementary";
    };

/** A published proportion `n / of` with its Wilson 95 % CI; a small cell is null throughout. */
export type ProportionCell =
  | { suppressed: false; n: number; of: number; proportion: number; ci95: [number, number] }
  | { suppressed: true; n: null; of: number | null; proportion: null; ci95: null };

/** A test's p-value with its multiplicity-adjusted value (see {@link ComparisonFamily}). */
export interface AdjustedP {
  p: number;
  /** adjusted within the named family by the method in `settings.correction` */
  pAdjusted: number;
  family: string;
}

/** A regression coefficient as R's `summary(lm)` row, with its 95 % CI. */
export interface Coefficient {
  estimate: number;
  se: number;
  t: number;
  p: number;
  ci95: [number, number];
}

/** How the analysis was run. */
export interface AnalysisSettings {
  confidenceLevel: 0.95;
  alpha: 0.05;
  correction: "holm" | "bh";
  /**
   * B is where each published bootstrap starts, maxB its cap (equal for a fixed B); the B actually used is
   * reported with each interval. `digits`: decimals asked for; `rule`: the precision rule in words (decision 028).
   */
  bootstrap: { B: number; maxB: number; seed: number; interval: "BCa"; digits: number; rule: string };
  minCellSize: number;
  lowPrecisionBelow: number;
  splineKnots: number;
  loess: { f: number; iter: number };
  supportLevels: { method: "tertiles"; description: string };
  /** the leavers' model, contrast and where the bounds came from (decision 026) */
  leaverPlan: LeaverPlanSettings;
  /** the moderation model's rule, fixed for every outcome (decision 024) */
  moderation: { tenureTerms: "restricted cubic spline"; supportEffectsAt: number[]; description: string };
}

/** Where the numbers came from and how many were left out. */
export interface SampleSummary {
  received: number;
  excluded: { total: number; byReason: { reason: string; n: number }[] };
  analysed: number;
  /** analysed respondents still in support / who have left (small-cell rule applied) */
  stayers: number | null;
  leavers: number | null;
  durationSeconds: { n: number; median: number } | null;
}

/** Cronbach's α of one scale on its keyed items (complete cases). */
export interface ScaleReliability {
  scale: string;
  label: string;
  k: number;
  /** respondents with every item answered */
  nComplete: number;
  /** respondents with a scale score (the minimum-answered rule) */
  nScored: number;
  alpha: number | null;
  ci95: [number, number] | null;
  itemTotal: { item: string; r: number | null }[];
  /** why α is missing, e.g. fewer complete cases than the small-cell rule allows */
  note: string | null;
}

/** The analysed respondents of one language, the status of each scale's wording in it and α on them alone. */
export interface LanguageResult {
  language: string;
  /** analysed respondents who answered in this language; null when suppressed by the small-cell rule */
  n: number | null;
  /** why n is missing */
  note: string | null;
  /** each scale's wording in this language: the source, a validated translation (with citation) or a draft */
  wording: { scale: string; status: "source" | "validated" | "draft"; citation: string | null }[];
  /** Cronbach's α per scale on this language's respondents; empty when the language is suppressed */
  reliability: ScaleReliability[];
}

/** A scale, derived variable or numeric item: mean with CI, n and missing. */
export interface MeanDescriptive {
  variable: string;
  label: string;
  kind: "scale" | "derived" | "numeric" | "item";
  unit: string | null;
  /** analysed respondents without a value (blank, not asked, "prefer not to say", score rule not met) */
  missing: number;
  median: number | null;
  estimate: MeanCell;
}

/** A single- or multiple-choice item: the share choosing each option among those who answered. */
export interface ProportionDescriptive {
  variable: string;
  label: string;
  kind: "single" | "multiple";
  /** respondents who answered (null when below the small-cell rule) */
  n: number | null;
  missing: number | null;
  categories: { code: number; label: string; estimate: ProportionCell }[];
}

/** Mean of an outcome within one band of a numeric answer. */
export interface BandMean {
  band: string;
  from: number;
  to: number | null;
  /** median of the answer within the band (where the mean is drawn); null when suppressed */
  x: number | null;
  estimate: MeanCell;
}

/** Erosion against tenure in one group of respondents. */
export interface TrajectoryFit {
  n: number;
  bands: BandMean[];
  /** least-squares slope per year of tenure */
  linear: (Coefficient & AdjustedP & { n: number }) | null;
  /** y ~ rcs(tenure, knots): curve on the published tenure range, and the F test of non-linearity */
  spline: {
    n: number;
    knots: number[];
    r2: number;
    curve: CurvePoint[];
    nonlinearity: { F: number; df1: number; df2: number } & AdjustedP;
  } | null;
  /** LOWESS at each distinct tenure within the published range */
  loess: { n: number; points: { x: number; y: number }[] } | null;
  /** tenure range the curves cover: from the k-th smallest to the k-th largest tenure (k = minCellSize) */
  curveRange: [number, number] | null;
  /** why the spline or LOESS is missing */
  note: string | null;
}

/** The harm trajectory of one erosion outcome, overall and by institutional-support level. */
export interface HarmTrajectory {
  outcome: AnalysisVariable;
  overall: TrajectoryFit;
  /** `hidden`: why a suppressed level is withheld (fewer than k, or protecting a small level elsewhere) */
  bySupport: {
    level: SupportLevel;
    suppressed: boolean;
    hidden?: "primary" | "complementary";
    fit: TrajectoryFit | null;
  }[];
}

/** The support effect (outcome points per support point) at one tenure, with its 95 % CI. */
export interface SupportEffect extends Coefficient {
  /** "mean tenure", "2 years", "5 years", "10 years" */
  at: string;
  tenure: number;
}

/** A fitted moderation model's joint interaction test, support effects across tenure and floodlight. */
export interface ModerationFit {
  n: number;
  r2: number;
  /** all tenure × support terms against none: R `anova(lm(y ~ B + s), lm(y ~ B * s))` */
  interaction: { F: number; df1: number; df2: number; p: number };
  /** at the mean tenure of the model sample, then at the tenures of `settings.moderation.supportEffectsAt` */
  supportEffects: SupportEffect[];
  /** tenures where the support effect's 95 % CI excludes 0, within `range`: the k-th smallest to the k-th largest
   * tenure of the model sample (k = minCellSize), as the trajectory's curves */
  floodlight: {
    range: [number, number];
    bounds: number[];
    regions: { from: number; to: number; effect: "positive" | "negative" }[];
    description: string;
  };
}

/**
 * `outcome ~ rcs(tenure) × support`, tenure's spline basis and support centred at their means in the model
 * sample (see `settings.moderation`); the support effect is reported across tenure, never at tenure 0.
 */
export interface ModerationResult extends ModerationFit {
  outcome: AnalysisVariable;
  /** the knots of the tenure basis, the mean tenure of the model sample and the floodlight's tenure range */
  tenure: { knots: number[]; mean: number; min: number; max: number };
  support: { mean: number; sd: number; min: number; max: number };
  /** the joint test, its p-value corrected across outcomes (family "moderation") */
  interaction: ModerationFit["interaction"] & AdjustedP;
  /** the same model adding the sensitivity covariates; reported beside the main model, never instead */
  sensitivity: (ModerationFit & { covariates: string[] }) | { covariates: string[]; note: string };
}

/**
 * A published bootstrap interval (BCa) with its Monte Carlo precision: B is the number of resamples actually used,
 * chosen so that each bound's MCSE is below `halfUnit`, half a unit of the last of `digits` decimals it is published
 * with (fewer than asked when the cap was reached: `reached` says whether the last digit then holds).
 */
export interface BootstrapInterval {
  meanDiff: number;
  bca: [number, number];
  percentile: [number, number];
  se: number;
  B: number;
  seed: number;
  /** decimals to publish the difference and its interval with */
  digits: number;
  /** Monte Carlo standard error of each bound, [lower, upper] */
  mcse: { bca: [number, number]; percentile: [number, number] };
  /** the larger MCSE of the two BCa bounds, and half a unit of the last published digit */
  maxMcse: number;
  halfUnit: number;
  reached: boolean;
}

/** Erosion in the low versus high institutional-support tertile. */
export interface SupportComparison {
  outcome: AnalysisVariable;
  groups: { level: SupportLevel; estimate: MeanCell }[];
  /** high − low; null when either group is suppressed */
  tests: {
    welch: { t: number; df: number; meanDiff: number; ci95: [number, number] } & AdjustedP;
    mannWhitney: { U: number; z: number } & AdjustedP;
    /** extreme groups (top vs bottom third) */
    hedgesG: { g: number; ci95: [number, number] };
    cliffsDelta: { delta: number; ci95: [number, number] };
    bootstrap: BootstrapInterval;
    n: { high: number; low: number };
  } | null;
  /** why the tests are missing (a suppressed group, or an error such as no variance) */
  note: string | null;
  /** Pearson r of support with the outcome over every current practitioner (the standardised slope), R `cor.test` */
  continuous: { r: number; ci95: [number, number]; p: number; n: number } | null;
}

/** Institutional-support levels (tertiles of the support score) and the group comparisons. */
export interface SupportGroupsResult {
  variable: AnalysisVariable;
  /** the tertile cut points on the support score: low ≤ cuts[0] < middle ≤ cuts[1] < high */
  cuts: [number, number] | null;
  levels: { level: SupportLevel; n: number | null; range: string }[];
  comparisons: SupportComparison[];
}

/** Discriminant validity of two scales (decision 027): HTMT with its bootstrap CI, the disattenuated correlation. */
export interface DiscriminantValidity {
  scales: [AnalysisVariable, AnalysisVariable];
  /** respondents who answered every item of both scales */
  n: number;
  /** heterotrait–monotrait ratio with its 95 % percentile bootstrap CI over respondents */
  htmt: HtmtBootstrapResult;
  /** Pearson r of the two scores (means of the keyed items) on the same respondents */
  scoreCorrelation: number;
  /** Cronbach's α of each scale on the same respondents */
  alpha: [number, number];
  /** r / √(α₁ α₂) (Spearman 1904) */
  disattenuated: number;
  criterion: { threshold: number; description: string };
  /** "distinct": CI upper bound below the threshold; "not distinct": lower bound at or above it */
  verdict: "distinct" | "not distinct" | "inconclusive";
  statement: string;
}

/** One institutional-support item against one erosion outcome (current practitioners), R `cor.test`. */
export type SupportItemAssociation = { item: string; outcome: string } & (
  ({ r: number; ci95: [number, number]; n: number; note: null } & AdjustedP) | { n: null; note: string }
);

/** Erosion after leaving support, against years since leaving. */
/** A family of tests corrected together. */
export interface ComparisonFamily {
  id: string;
  description: string;
  method: "holm" | "bh";
  tests: { id: string; p: number; pAdjusted: number }[];
}

/** Capacity to invest, recalled for the start and rated now, per tenure band (current practitioners). */
export interface CapacityThenNow {
  then: AnalysisVariable;
  now: AnalysisVariable;
  bands: {
    band: string;
    from: number;
    to: number | null;
    /** respondents with both ratings (null when suppressed) */
    n: number | null;
    then: MeanCell;
    now: MeanCell;
    /** paired change now − then */
    change: MeanCell;
  }[];
}

/** Everything `runSurveyAnalysis` computes, typed and versioned: what results.json holds. */
export interface SurveyResults {
  schemaVersion: typeof SURVEY_RESULTS_SCHEMA_VERSION;
  instrument: { id: string; title: string };
  settings: AnalysisSettings;
  roles: ResolvedRoles;
  sample: SampleSummary;
  reliability: ScaleReliability[];
  /** n and reliability per language; only when the survey has more than one language (pooled above) */
  languages?: LanguageResult[];
  descriptives: { means: MeanDescriptive[]; proportions: ProportionDescriptive[] };
  harmTrajectory: HarmTrajectory[];
  capacity: CapacityThenNow;
  moderation: (ModerationResult | { outcome: AnalysisVariable; note: string })[];
  supportGroups: SupportGroupsResult;
  /** each support item with each erosion outcome, BH across all of them (family "support-items") */
  supportItems: SupportItemAssociation[];
  /** each pair of `roles.discriminantPairs`, or a note saying why it is missing */
  discriminantValidity: (
    DiscriminantValidity | { scales: [AnalysisVariable, AnalysisVariable]; note: string }
  )[];
  leavers: LeaverAnalysis;
  multipleComparisons: ComparisonFamily[];
  /** sentences stating the main results with their numbers ("associated with", never "causes") */
  summary: string[];
  /** what a cross-sectional, self-selected survey cannot show */
  caveats: string[];
}

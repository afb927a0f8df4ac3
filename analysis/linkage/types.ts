/** One response of a wave, as the linkage sees it (hashed code elements and the answers that verify a link). */
export interface LinkageRecord {
  id: string;
  /** one entry per code element, in the study's element order: the stored (hashed) value, null = "I don't know" */
  code: readonly (string | null)[];
  /** time-invariant / monotone answers used to verify a link; absent or null = not asked / not answered */
  region?: number | null;
  yearsInSupport?: number | null;
  /** baseline subgroup labels for the report (e.g. { role: "agent", support: "high" }) */
  groups?: Readonly<Record<string, string>>;
  /** baseline numeric answers for the matched-vs-unmatched comparison (e.g. CBI scale scores) */
  baseline?: Readonly<Record<string, number | null>>;
}

/** How one code element of a pair compares: "missing" when either answer is "I don't know" (no evidence). */
export type ComparisonState = "agree" | "disagree" | "missing";

/** One distinct comparison pattern (a state per element) and how many record pairs show it. */
export interface ComparisonPatternCount {
  states: readonly ComparisonState[];
  count: number;
}

/** Fellegi–Sunter parameters per element, with the weights (in bits) they give. */
export interface ElementParameters {
  index: number;
  /** P(agree | true pair, both answered) */
  m: number;
  /** P(agree | not a pair, both answered) */
  u: number;
  /** log2(m/u) */
  agreementWeight: number;
  /** log2((1 − m)/(1 − u)) */
  disagreementWeight: number;
  /** true when EM gave m ≤ u: the element carries no evidence and both its weights are set to 0 */
  degenerate: boolean;
}

export interface MatchParameters {
  elements: ElementParameters[];
  /** the estimated share of all compared pairs that are true pairs */
  matchProportion: number;
  iterations: number;
  converged: boolean;
  warnings: string[];
}

export type VerificationFailure =
  "region differs" | "years in support went down" | "years in support grew too much";

export interface LinkageOptions {
  monthsBetween: number;
  /** accept assigned pairs whose total weight (bits) is at least this; default: suggestedThreshold (see linkWaves) */
  threshold?: number;
  /** years in support may be this much lower at the later wave (default 0.5: one step of the half-year grid) */
  yearsDownTolerance?: number;
  /** and this much more than the time between waves (default 1: two answers each rounded by up to half a year) */
  yearsUpTolerance?: number;
  /** the estimated false-match rate the default threshold keeps to (default 0.03) */
  targetFalseMatchRate?: number;
  /**
   * the report's order of subgroups and of their values (e.g. { role: ["agent", …], support: ["low", "middle",
   * "high"] }); groups and values not listed follow, alphabetically
   */
  groupOrder?: Readonly<Record<string, readonly string[]>>;
  /** a label per baseline variable, in the report's order (e.g. scale id → scale name); others follow by id */
  baselineLabels?: Readonly<Record<string, string>>;
}

export interface Link {
  earlierId: string;
  laterId: string;
  /** total weight in bits: Σ agreement / disagreement weights, 0 for "I don't know" */
  weight: number;
  /** posterior probability that the pair is a true pair, from the EM parameters */
  posterior: number;
}

export interface HistogramBin {
  /** bins are [from, to) in bits; the last bin includes its upper edge */
  from: number;
  to: number;
  assigned: number;
  accepted: number;
}

export type SubgroupRate =
  | { value: string; n: number; linked: number; rate: number; suppressed: false }
  | { value: string; suppressed: true };

export interface GroupSummary {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface BaselineComparison {
  variable: string;
  /** the variable's label from LinkageOptions.baselineLabels, else the variable itself */
  label: string;
  matched: GroupSummary;
  unmatched: GroupSummary;
  /** (mean matched − mean unmatched) / √((sd² matched + sd² unmatched)/2); null when a group has < 5 values */
  standardisedMeanDifference: number | null;
}

export interface ThresholdChoice {
  used: number;
  /** the default: max(posteriorHalf, falseMatchRateBound) */
  suggested: number;
  /** the weight at which the posterior match probability is 0.5 */
  posteriorHalf: number;
  /**
   * the lowest weight whose accepted links have an estimated false-match rate ≤ targetFalseMatchRate; when even the
   * heaviest links exceed it, one bit above the heaviest assigned pair (so the default accepts nothing)
   */
  falseMatchRateBound: number;
}

export interface LinkageResult {
  links: Link[];
  parameters: MatchParameters;
  threshold: ThresholdChoice;
  /** pairs of the one-to-one assignment: every pair the greedy step kept, above or below the threshold */
  assignedPairs: number;
  histogram: HistogramBin[];
  falseMatchRate: { estimate: number | null; definition: string };
  /** EM's expected number of true pairs (matchProportion × all pairs) and how many of them no accepted link holds */
  estimatedTruePairs: number;
  estimatedMissedPairs: number;
  /** candidate links at or above the threshold that verification rejected, by reason */
  rejected: Record<VerificationFailure, number>;
  earlierLinkageRate: number | null;
  bySubgroup: Record<string, SubgroupRate[]>;
  baseline: BaselineComparison[];
}

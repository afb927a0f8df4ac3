// The data-quality screen's indices, their default thresholds and the words the lab and the methods box
// use for them — named here once. No server imports: the quality page renders these labels too. The
// indices themselves are computed by analysis/careless (versionQuality), with the thresholds passed in.
import { CARELESS_INDEX_IDS, type CarelessIndexId, type CarelessThresholds } from "../../analysis/careless";

/** Every index the quality screen computes; each is also the `Exclusion.reason` its toggle stores. */
export const QUALITY_INDEX_IDS = CARELESS_INDEX_IDS;
export type QualityIndexId = CarelessIndexId;

/** The reason stored for a researcher's own exclusion of one response. */
export const MANUAL_EXCLUSION_REASON = "manual";
export type ExclusionReason = QualityIndexId | typeof MANUAL_EXCLUSION_REASON;

/** The order exclusion reasons are shown in: the screen's order of the indices, then manual, then any others. */
export function compareExclusionReasons(a: string, b: string): number {
  const order: string[] = [...QUALITY_INDEX_IDS, MANUAL_EXCLUSION_REASON];
  const rank = (reason: string) => (order.includes(reason) ? order.indexOf(reason) : order.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Speeder: total time under this share of the median time of complete responses to the same version. */
export const SPEEDER_MEDIAN_FRACTION = 1 / 3;
/** Longstring: the same code on every row of a matrix with at least this many rows… */
export const LONGSTRING_MIN_MATRIX_ROWS = 6;
/**
 * …in at least this many such matrices (or in every one, when the instrument has fewer). One matrix alone
 * is not enough: "Never" to all six personal-burnout items is a plausible answer, and flagging it would
 * exclude the least burnt-out respondents.
 */
export const LONGSTRING_MIN_MATRICES = 2;
/**
 * IRV: a standard deviation across all rating answers below this (in answer-code units on the 5-point
 * scales) — the answers barely vary across scales that ask in opposite directions.
 */
export const IRV_MIN = 0.5;
/** Even-odd: a Spearman–Brown corrected even-odd correlation below this. */
export const EVEN_ODD_MIN = 0;
/** Even-odd needs at least this many scales with both halves answered; fewer gives a meaningless ±1. */
export const EVEN_ODD_MIN_SCALES = 3;
/** Mahalanobis: D² beyond the upper α point of χ²(k). */
export const MAHALANOBIS_ALPHA = 0.001;

/** The thresholds above, as versionQuality takes them. */
export const CARELESS_THRESHOLDS: CarelessThresholds = {
  speederMedianFraction: SPEEDER_MEDIAN_FRACTION,
  longstringMinMatrixRows: LONGSTRING_MIN_MATRIX_ROWS,
  longstringMinMatrices: LONGSTRING_MIN_MATRICES,
  irvMin: IRV_MIN,
  evenOddMin: EVEN_ODD_MIN,
  evenOddMinScales: EVEN_ODD_MIN_SCALES,
  mahalanobisAlpha: MAHALANOBIS_ALPHA,
};

export type QualityRule = { id: QualityIndexId; label: string; rule: string };

const fraction = (value: number): string =>
  Math.abs(value - 1 / 3) < 1e-12 ? "one third" : `${Math.round(value * 100)} %`;

/** Labels and rules, in screen order. `rule` is the sentence the methods box prints. */
export const QUALITY_RULES: readonly QualityRule[] = [
  {
    id: "speeder",
    label: "Speeders",
    rule: `Completed in under ${fraction(SPEEDER_MEDIAN_FRACTION)} of the median completion time of complete responses to the same instrument version.`,
  },
  {
    id: "longstring",
    label: "Long identical-answer strings (longstring)",
    rule: `Gave the same answer on every row of at least ${LONGSTRING_MIN_MATRICES} matrices with ${LONGSTRING_MIN_MATRIX_ROWS} or more rows (or of every such matrix, if the instrument has fewer): the longest identical-answer string per matrix, in the order shown, equalled the matrix length.`,
  },
  {
    id: "irv",
    label: "Low intra-individual response variability (IRV)",
    rule: `The standard deviation of a respondent's answer codes across all rating items was below ${IRV_MIN}.`,
  },
  {
    id: "even-odd",
    label: "Even-odd inconsistency",
    rule: `The Spearman–Brown corrected correlation between the even- and odd-numbered halves of the instrument's scales (reverse-keyed items reversed; at least ${EVEN_ODD_MIN_SCALES} scales) was below ${EVEN_ODD_MIN}.`,
  },
  {
    id: "mahalanobis",
    label: "Multivariate outliers (Mahalanobis D²)",
    rule: `Mahalanobis D² over the rating items every respondent is asked exceeded the χ²(k) critical value at p < ${MAHALANOBIS_ALPHA} (complete cases, within the instrument version).`,
  },
  {
    id: "attention",
    label: "Failed attention checks",
    rule: "Did not give the instructed answer to an attention-check item they were shown.",
  },
  {
    id: "automated",
    label: "Automated-submission signals",
    rule: "The submission tripped an automated-submission check (for example, the hidden honeypot field).",
  },
];

export const MANUAL_RULE = "Excluded by a researcher, one response at a time, with a stated reason.";

export function qualityRule(id: QualityIndexId): QualityRule {
  const rule = QUALITY_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Unknown quality index "${id}"`);
  return rule;
}

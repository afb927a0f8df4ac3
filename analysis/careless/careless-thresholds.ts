// The indices versionQuality computes and the cut-offs it flags by. The cut-offs are the caller's choice, passed
// in: the lab's are named in app/surveys/quality-rules.ts (decision 009), so the library holds no policy.

/** Every index versionQuality flags by, in the order its `flagged` lists them. */
export const CARELESS_INDEX_IDS = [
  "speeder",
  "longstring",
  "irv",
  "even-odd",
  "mahalanobis",
  "attention",
  "automated",
] as const;
export type CarelessIndexId = (typeof CARELESS_INDEX_IDS)[number];

/** The cut-offs of the careless-responding flags. */
export interface CarelessThresholds {
  /** Speeder: total time under this share of the median time of complete responses to the same version. */
  speederMedianFraction: number;
  /** Longstring: the same code on every row of a matrix with at least this many rows… */
  longstringMinMatrixRows: number;
  /** …in at least this many such matrices (or in every one, when the instrument has fewer). */
  longstringMinMatrices: number;
  /** IRV: a standard deviation across all rating answers below this (answer-code units). */
  irvMin: number;
  /** Even-odd: a Spearman–Brown corrected even-odd correlation below this… */
  evenOddMin: number;
  /** …computed over at least this many scales with both halves answered (fewer: no value). */
  evenOddMinScales: number;
  /** Mahalanobis: D² beyond the upper α point of χ²(k). */
  mahalanobisAlpha: number;
}

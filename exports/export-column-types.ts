import type { AnswerField } from "../instrument/traversal";
import type { QuasiIdentifierRecode } from "./export-types";

export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";
export type ValueLabel = { code: number; label: string };

export type MetaColumn =
  "response_id" | "instrument_version" | "submitted_on" | "duration_seconds" | "excluded" | "is_synthetic";

export type ColumnSource =
  | { kind: "meta"; key: MetaColumn }
  /** The answer itself: a code, a number or text (possibly recoded by a coarsening). */
  | { kind: "answer"; field: AnswerField; recode: QuasiIdentifierRecode | null }
  /** One option of a multiple-choice item: 1 selected, 0 not selected. */
  | { kind: "option"; field: AnswerField; code: number; recode: QuasiIdentifierRecode | null }
  /** A score: `suppressed` empties the whole column, `locallySuppressed` only the locally suppressed rows. */
  | { kind: "scale" | "derived"; id: string; suppressed: boolean; locallySuppressed: boolean };

/** One CSV column and everything the label files need to describe it. */
export type ExportColumn = {
  name: string;
  /** Variable label: the question (or the option), in English. */
  label: string;
  /** A label short enough for tight limits (Stata's 80 characters) that still says what matters. */
  shortLabel: string;
  /** Longer description: a matrix row's shared question, coarsening notes. */
  description: string;
  type: ColumnType;
  /** Codes and their labels, for coded columns; null otherwise. */
  valueLabels: ValueLabel[] | null;
  /** Codes that are real answers but count as missing for scoring ("Don't know", "Prefer not to say"). */
  missingCodes: number[];
  /** True when the codes are ordered categories (an answer scale without "don't know" codes). */
  ordered: boolean;
  /** Possible range of a numeric answer. */
  range: { min: number; max: number } | null;
  /** Longest text a string column can hold, in characters. */
  maxLength: number | null;
  source: ColumnSource;
};

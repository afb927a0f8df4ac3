import type { AnswerField } from "../traversal";

export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";
export type ValueLabel = { code: number; label: string };

export type MetaColumn =
  | "response_id"
  | "instrument_version"
  | "submitted_on"
  | "duration_seconds"
  | "excluded"
  | "is_synthetic"
  | "language";

/** Where a column's cells come from, as the definition says (exports add what disclosure control did). */
export type DataColumnSource =
  | { kind: "meta"; key: MetaColumn }
  /** The answer itself: a code, a number or text. */
  | { kind: "answer"; field: AnswerField }
  /** One option of a multiple-choice item: 1 selected, 0 not selected. */
  | { kind: "option"; field: AnswerField; code: number }
  /** A scale score or a derived variable. */
  | { kind: "scale" | "derived"; id: string };

/** One column of the data set and everything the label files need to describe it. */
export type DataColumn<Source = DataColumnSource> = {
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
  source: Source;
};

import type { DataColumn, MetaColumn } from "../instrument/columns/column-types";
import type { MissingCode } from "../instrument/missing-codes";
import type { AnswerField } from "../instrument/traversal";
import type { QuasiIdentifierRecode } from "./export-types";

export type { ColumnType, MetaColumn, ValueLabel } from "../instrument/columns/column-types";

/** Where a column's cells come from, and what disclosure control did to them. */
export type ColumnSource =
  | { kind: "meta"; key: MetaColumn }
  /** The answer itself: a code, a number or text (possibly recoded by a coarsening). */
  | { kind: "answer"; field: AnswerField; recode: QuasiIdentifierRecode | null }
  /** One option of a multiple-choice item: 1 selected, 0 not selected. */
  | { kind: "option"; field: AnswerField; code: number; recode: QuasiIdentifierRecode | null }
  /** A score: `suppressed` empties the whole column, `locallySuppressed` only the locally suppressed rows. */
  | { kind: "scale" | "derived"; id: string; suppressed: boolean; locallySuppressed: boolean };

/**
 * One CSV column as exported: the definition's column (dataColumns) after the coarsening plan, with the
 * missing-data codes (missingCodes) its cells can hold: "not shown" and "skipped" for answers and option
 * columns, "not shown" and "no score" for scores, none for metadata, free text and suppressed columns.
 */
export type ExportColumn = DataColumn<ColumnSource> & { reasonCodes: MissingCode[] };

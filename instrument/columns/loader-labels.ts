import type { CodebookColumnLabels, LoaderLabel } from "../codebook-types";
import { oneLineText } from "../encode/plain-text";
import { stataText } from "../encode/stata-text";
import { truncateLabel } from "../encode/truncate-label";
import type { DataColumn } from "./column-types";

/** What a label is made from: any column, whatever its cells come from. */
type LabelledColumn = Pick<DataColumn, "name" | "label" | "shortLabel" | "valueLabels">;

/** SPSS limits: variable labels up to 256 bytes, value labels up to 120 bytes (UTF-8). */
export const SPSS_VARIABLE_LABEL_BYTES = 256;
export const SPSS_VALUE_LABEL_BYTES = 120;
/** Stata: variable labels up to 80 characters; value labels are kept to the same length so tables stay readable. */
export const STATA_LABEL_CHARACTERS = 80;

const characters = (text: string) => [...text].length;

/** Stata's form of the text ({@link stataText}), cut so that it still fits once re-broken and padded. */
function stataLabel(text: string): string {
  for (let limit = STATA_LABEL_CHARACTERS; ; limit -= 1) {
    const label = stataText(truncateLabel(stataText(text), limit, "characters"));
    if (characters(label) <= STATA_LABEL_CHARACTERS) return label;
  }
}

/**
 * The variable label each loader sets for a column — the one place labels are made: R keeps the
 * whole label as one line ({@link oneLineText}); SPSS cuts that to 256 bytes; Stata takes the
 * label, or the short label when the label is over 80 characters, in its own form
 * ({@link stataText}) and cut to 80 characters.
 */
export function variableLabel(column: LabelledColumn): LoaderLabel {
  const stata = stataText(column.label);
  return {
    r: oneLineText(column.label),
    spss: truncateLabel(column.label, SPSS_VARIABLE_LABEL_BYTES, "bytes"),
    stata: characters(stata) <= STATA_LABEL_CHARACTERS ? stata : stataLabel(column.shortLabel),
  };
}

/** The value label each loader sets for a code's label: one line; SPSS ≤ 120 bytes; Stata ≤ 80 characters. */
export function valueLabel(label: string): LoaderLabel {
  return {
    r: oneLineText(label),
    spss: truncateLabel(label, SPSS_VALUE_LABEL_BYTES, "bytes"),
    stata: stataLabel(label),
  };
}

const rewritten = (label: LoaderLabel, source: string) =>
  label.r !== source || label.spss !== source || label.stata !== source;

/** Every column's labels as the loaders set them, for the codebook. */
export function columnLabels(columns: readonly LabelledColumn[]): CodebookColumnLabels[] {
  return columns.map((column) => {
    const label = variableLabel(column);
    return {
      column: column.name,
      label,
      rewritten: rewritten(label, column.label),
      values: (column.valueLabels ?? []).map((entry) => {
        const value = valueLabel(entry.label);
        return { code: entry.code, label: value, rewritten: rewritten(value, entry.label) };
      }),
    };
  });
}

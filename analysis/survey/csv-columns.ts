import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { answerFields, type AnswerField } from "../../instrument/traversal";

/** The response columns of the responses CSV, before the item columns. */
export const CSV_RESPONSE_COLUMNS = ["response_id", "duration_seconds", "excluded"] as const;

/** Columns an export may carry that the analysis does not read (accepted and ignored). */
export const CSV_IGNORED_COLUMNS = [
  "submitted_on",
  "language",
  "instrument_version",
  "completion",
  "is_synthetic",
];

/** Separator of several exclusion reasons in the `excluded` column. */
export const CSV_REASON_SEPARATOR = ";";

/** One column of the responses CSV that holds (part of) an answer. */
export interface CsvAnswerColumn {
  name: string;
  field: AnswerField;
  /** for a multiple-choice item, the option code this 0/1 column stands for */
  code: number | null;
}

/**
 * The answer columns of the responses CSV for a definition, in codebook order: one column per item or matrix row
 * named by its id holding the numeric code (or number, or text), and for a multiple-choice item one 0/1 column per
 * option named `<item>_<code>` — the layout the codebook documents ("exported as 0/1 columns channels_1, …").
 *
 * Cost: O(fields + options).
 *
 * @example
 * csvAnswerColumns(definition).map((c) => c.name); // ["consent", "age_18", …, "channels_1", "channels_2", …]
 */
export function csvAnswerColumns(definition: InstrumentDefinition): CsvAnswerColumn[] {
  return answerFields(definition).flatMap((field): CsvAnswerColumn[] =>
    field.item.type === "multiple"
      ? (field.options ?? []).map((option) => ({
          name: `${field.id}_${option.code}`,
          field,
          code: option.code,
        }))
      : [{ name: field.id, field, code: null }],
  );
}

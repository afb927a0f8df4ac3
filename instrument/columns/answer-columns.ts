import type { MultipleChoiceItem, NumericItem, Option, TextItem } from "../items";
import type { AnswerField } from "../traversal";
import type { DataColumn, ValueLabel } from "./column-types";

const SELECTED_LABELS: ValueLabel[] = [
  { code: 0, label: "not selected" },
  { code: 1, label: "selected" },
];

function optionLabels(options: Option[]): ValueLabel[] {
  return options.map((option) => ({ code: option.code, label: option.label.en }));
}

/** The question as a column describes it: a matrix row's shared question, a dash, then the row's own. */
export function questionWording(field: AnswerField): string {
  const question = field.text.en;
  return field.stem ? `${field.stem.en} — ${question}` : question;
}

/** What every column of an answer starts from: the question as its label, and its "don't know"-style codes. */
function answerColumnBase(field: AnswerField) {
  const question = field.text.en;
  const missingCodes = (field.options ?? [])
    .filter((option) => option.missingForScoring)
    .map((option) => option.code);
  return {
    label: question,
    shortLabel: question,
    missingCodes,
    ordered: false,
    range: null,
    maxLength: null,
  };
}

/** Multiple choice: one 0/1 column per option, `<item>_<code>`. */
function optionColumns(field: AnswerField, item: MultipleChoiceItem): DataColumn[] {
  const question = field.text.en;
  return item.options.map((option) => ({
    ...answerColumnBase(field),
    name: `${item.id}_${option.code}`,
    label: `${question} — ${option.label.en}`,
    shortLabel: `${item.id}: ${option.label.en}`,
    description: `${questionWording(field)} Option ${option.code} "${option.label.en}": 1 selected, 0 not selected; empty when the question was not answered.`,
    type: "integer",
    valueLabels: SELECTED_LABELS,
    missingCodes: [],
    source: { kind: "option", field, code: option.code },
  }));
}

/** A numeric answer, with its unit and range. */
function numericColumn(field: AnswerField, item: NumericItem): DataColumn {
  const integer = Number.isInteger(item.min) && Number.isInteger(item.step);
  const unit = item.unit ? ` (${item.unit.en})` : "";
  return {
    ...answerColumnBase(field),
    name: field.id,
    description: `${questionWording(field)}${unit} Range ${item.min} to ${item.max}.`,
    type: integer ? "integer" : "number",
    valueLabels: null,
    range: { min: item.min, max: item.max },
    source: { kind: "answer", field },
  };
}

/** A free-text answer, as the CSV writes it. */
function textColumn(field: AnswerField, item: TextItem): DataColumn {
  return {
    ...answerColumnBase(field),
    name: field.id,
    description: `${questionWording(field)} Free text (line breaks replaced by spaces); answers a researcher hid read "[hidden by researcher]"; text starting with = + - @ (or tab, CR, LF, or a full-width ＝ ＋ － ＠) gets a leading ' against formula injection.`,
    type: "string",
    valueLabels: null,
    maxLength: item.maxLength,
    source: { kind: "answer", field },
  };
}

/** A coded answer (single choice, Likert, matrix row, consent): its options as value labels. */
function codedColumn(field: AnswerField): DataColumn {
  const base = answerColumnBase(field);
  const { type } = field.item;
  return {
    ...base,
    name: field.id,
    description: questionWording(field),
    type: "integer",
    valueLabels: optionLabels(field.options ?? []),
    ordered: (type === "likert" || type === "matrix") && base.missingCodes.length === 0,
    source: { kind: "answer", field },
  };
}

/**
 * The columns one stored variable becomes: one per option for multiple choice, otherwise one — a number,
 * a text or a code with value labels.
 */
export function answerColumns(field: AnswerField): DataColumn[] {
  const { item } = field;
  if (item.type === "multiple") return optionColumns(field, item);
  if (item.type === "numeric") return [numericColumn(field, item)];
  if (item.type === "text") return [textColumn(field, item)];
  return [codedColumn(field)];
}

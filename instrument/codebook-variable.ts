import type { CodebookOption, CodebookVariable } from "./codebook-types";
import type { Condition } from "./conditions";
import type { InstrumentDefinition } from "./definition-schema";
import type { Item, Option } from "./items";
import type { AnswerField } from "./traversal";

/** A condition in words (describeCondition over the definition's fields), or null when there is none. */
export type DescribeCondition = (condition: Condition | undefined) => string | null;

export function toOption(option: Option): CodebookOption {
  return {
    code: option.code,
    label: option.label.en,
    score: option.score ?? null,
    missingForScoring: option.missingForScoring,
    fixedPosition: option.fixedPosition,
  };
}

/** When the variable is asked, in words: the page's and the item's conditions combined; null = always. */
function askedWhen(field: AnswerField, describe: DescribeCondition): string | null {
  const conditions = [describe(field.page.showIf), describe(field.item.showIf)].filter(
    (text): text is string => text !== null,
  );
  return conditions.length > 0 ? conditions.join(" and ") : null;
}

const sameCondition = (a: Condition, b: Condition) => JSON.stringify(a) === JSON.stringify(b);

/** Each wording variant of the variable's question (the matrix's or the row's), in full, with when it applies. */
function wordings(field: AnswerField, describe: DescribeCondition): CodebookVariable["wordings"] {
  const { item } = field;
  const row = item.type === "matrix" ? item.rows.find((candidate) => candidate.id === field.id) : undefined;
  const conditions = [...(item.wordings ?? []), ...(row?.wordings ?? [])].map((wording) => wording.when);
  const unique = conditions.filter(
    (condition, index) => conditions.findIndex((other) => sameCondition(other, condition)) === index,
  );
  return unique.map((condition) => {
    const itemText = (item.wordings?.find((w) => sameCondition(w.when, condition))?.text ?? item.text).en;
    const rowText = row
      ? (row.wordings?.find((w) => sameCondition(w.when, condition))?.text ?? row.text).en
      : null;
    return { when: describe(condition) ?? "", question: rowText ? `${itemText} ${rowText}` : itemText };
  });
}

/** The randomisation that applies to the variable's presentation. */
function randomization({ item, page }: AnswerField): string[] {
  const randomized: string[] = [];
  if (page.randomizeItems) randomized.push("items on the page shown in random order");
  if (item.type === "matrix" && item.randomizeRows) randomized.push("rows shown in random order");
  if ((item.type === "single" || item.type === "multiple") && item.randomizeOptions)
    randomized.push("options shown in random order");
  return randomized;
}

function numericDetails(item: Item): CodebookVariable["numeric"] {
  if (item.type !== "numeric") return null;
  return {
    min: item.min,
    max: item.max,
    step: item.step,
    unit: item.unit?.en ?? null,
    minLabel: item.minLabel?.en ?? null,
    maxLabel: item.maxLabel?.en ?? null,
  };
}

/** The answer an attention check expects, with its option's label. */
function attentionCheck(field: AnswerField): CodebookVariable["attentionCheck"] {
  const expected = field.attentionCheck?.expected;
  if (expected === undefined) return null;
  return { expected, label: field.options?.find((option) => option.code === expected)?.label.en ?? null };
}

/** One stored variable as the codebook describes it: its question, answers, columns, conditions and roles. */
export function codebookVariable(
  field: AnswerField,
  definition: InstrumentDefinition,
  describe: DescribeCondition,
  note: string | null,
): CodebookVariable {
  const { item, page } = field;
  return {
    id: field.id,
    page: page.id,
    pageNumber: field.pageIndex + 1,
    type: item.type,
    matrix: item.type === "matrix" ? item.id : null,
    stem: field.stem?.en ?? null,
    text: field.text.en,
    help: item.help?.en ?? null,
    answerScale: item.type === "likert" || item.type === "matrix" ? item.scale : null,
    options: field.options?.map(toOption) ?? null,
    numeric: numericDetails(item),
    freeText: item.type === "text" ? { maxLength: item.maxLength, multiline: item.multiline } : null,
    columns:
      item.type === "multiple" ? item.options.map((option) => `${item.id}_${option.code}`) : [field.id],
    required: item.required,
    condition: askedWhen(field, describe),
    wordings: wordings(field, describe),
    scales: definition.scales
      .filter((scale) => scale.items.includes(field.id))
      .map((scale) => ({ id: scale.id, reverse: scale.reverse.includes(field.id) })),
    quasiIdentifier: item.quasiIdentifier
      ? { kind: item.quasiIdentifier.kind, bands: item.quasiIdentifier.bands ?? null }
      : null,
    attentionCheck: attentionCheck(field),
    randomized: randomization(field),
    note,
  };
}

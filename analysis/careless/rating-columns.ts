// How answers become numbers for the careless-responding indices: answer codes of rating items (matrix
// rows and Likert items), with "Don't know"-style options (missingForScoring) and blanks as missing.
import type { AnswerValue, Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import type { AnswerField } from "../../instrument/traversal";

/** The answer code of a rating item, or null when blank, not shown, or an option that is missing for scoring. */
export function ratingCode(field: AnswerField, value: AnswerValue | undefined): number | null {
  if (typeof value !== "number") return null;
  const option = field.options?.find((candidate) => candidate.code === value);
  return option && !option.missingForScoring ? value : null;
}

export type EvenOddColumns = { factors: number[]; columns: ((answers: Answers) => number | null)[] };

/**
 * The even-odd input: the instrument's scales whose items are all rating items, scale by scale in the
 * definition's item order, each reverse-keyed item's code mirrored within its scale's code range so every
 * scale reads one way. Null when fewer than two such scales exist.
 */
export function evenOddColumns(
  definition: InstrumentDefinition,
  fields: AnswerField[],
): EvenOddColumns | null {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const factors: number[] = [];
  const columns: EvenOddColumns["columns"] = [];
  for (const scale of definition.scales) {
    const items = scale.items.map((id) => byId.get(id));
    if (!items.every((field) => field && (field.item.type === "matrix" || field.item.type === "likert")))
      continue;
    factors.push(items.length);
    for (const field of items as AnswerField[]) {
      const codes = (field.options ?? [])
        .filter((option) => !option.missingForScoring)
        .map((option) => option.code);
      const mirror = Math.min(...codes) + Math.max(...codes);
      const reversed = scale.reverse.includes(field.id);
      columns.push((answers) => {
        const code = ratingCode(field, answers[field.id]);
        return code === null || !reversed ? code : mirror - code;
      });
    }
  }
  return factors.length >= 2 ? { factors, columns } : null;
}

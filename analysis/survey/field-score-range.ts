import type { AnswerField } from "../../instrument/traversal";

/**
 * The lowest and highest score an answer field can take, as the instrument's scoring sees it: a numeric item's
 * min and max, or the scores (an option's score, else its code) of the options that count for scoring.
 *
 * Cost: O(options).
 *
 * @returns [lowest, highest], or null for a field without scored answers (free text, multiple choice)
 * @example
 * fieldScoreRange(fieldsById(definition).get("cbi_p1")!); // [0, 100]
 */
export function fieldScoreRange(field: AnswerField): [number, number] | null {
  const { item } = field;
  if (item.type === "numeric") return [item.min, item.max];
  if (item.type === "multiple" || item.type === "text") return null;
  const scores = (field.options ?? [])
    .filter((option) => !option.missingForScoring)
    .map((option) => option.score ?? option.code);
  return scores.length === 0 ? null : [Math.min(...scores), Math.max(...scores)];
}

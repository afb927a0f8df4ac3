import { fieldScore } from "../../instrument/scoring";
import type { AnswerField } from "../../instrument/traversal";

/**
 * A fast equivalent of the instrument's `fieldScore(field, value)` for one field, for scoring many respondents:
 * the options' scores are looked up in a table built once (by calling `fieldScore` on each option code), instead
 * of searching the options per answer. A numeric item's value is its score; anything that is not a number, or not
 * an option code, is null, exactly as `fieldScore` has it.
 *
 * Cost: O(options) to build; O(1) per call.
 *
 * @example
 * const score = fieldScorer(fieldsById(definition).get("cbi_p1")!);
 * score(2); // 75, the same as fieldScore(field, 2)
 */
export function fieldScorer(field: AnswerField): (value: unknown) => number | null {
  if (field.item.type === "numeric") return (value) => (typeof value === "number" ? value : null);
  const table = new Map((field.options ?? []).map((option) => [option.code, fieldScore(field, option.code)]));
  return (value) => (typeof value === "number" ? (table.get(value) ?? null) : null);
}

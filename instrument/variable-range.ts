import type { InstrumentDefinition } from "./definition-schema";
import { type AnswerField, fieldsById } from "./traversal";

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

type RangeSource = Pick<InstrumentDefinition, "scales" | "derived"> & {
  fields: ReadonlyMap<string, AnswerField>;
};

function rangeOf(source: RangeSource, id: string, depth: number): [number, number] | null {
  const scale = source.scales.find((s) => s.id === id);
  if (scale) {
    if (scale.rescale === "0-100") return [0, 100];
    const ranges = scale.items
      .map((item) => source.fields.get(item))
      .map((f) => (f ? fieldScoreRange(f) : null));
    if (ranges.some((r) => r === null)) return null;
    const lo = Math.min(...ranges.map((r) => r![0]));
    const hi = Math.max(...ranges.map((r) => r![1]));
    const k = scale.aggregation === "sum" ? scale.items.length : 1;
    return [k * lo, k * hi];
  }
  const difference = source.derived.find((d) => d.id === id);
  // A derived variable refers to scales or numeric items only; the depth guard stops a malformed cycle.
  if (difference && depth < 4) {
    const [a, b] = difference.of.map((part) => rangeOf(source, part, depth + 1));
    return a && b ? [a[0] - b[1], a[1] - b[0]] : null;
  }
  const field = source.fields.get(id);
  return field ? fieldScoreRange(field) : null;
}

/**
 * The possible range of an analysis variable of a definition — a scale (0–100 when rescaled, else its items'
 * range, times the number of items for a sum), a derived difference a − b ([min a − max b, max a − min b]) or a
 * scored item — as the survey analysis reads it.
 *
 * Cost: O(fields) for the lookup, O(items) per scale.
 *
 * @returns [lowest, highest], or null when no scale, derived variable or scored item has that id
 * @example
 * variableScoreRange(definition, "cbi_personal"); // [0, 100]
 */
export function variableScoreRange(definition: InstrumentDefinition, id: string): [number, number] | null {
  return rangeOf({ ...definition, fields: fieldsById(definition) }, id, 0);
}

import type { Answers } from "./answers";
import type { InstrumentDefinition, Scale } from "./definition-schema";
import type { AnswerField } from "./traversal";
import { fieldsById } from "./traversal";

/** A respondent's scale scores and derived variables; null when the scale's answered-items rule is not met. */
export type Scores = Record<string, number | null>;

type ScoreRange = { min: number; max: number };

/** The scored value of one answer, or null when unanswered or answered "Prefer not to say". */
export function fieldScore(field: AnswerField, value: unknown): number | null {
  if (typeof value !== "number") return null;
  if (field.item.type === "numeric") return value;
  const option = field.options?.find((candidate) => candidate.code === value);
  if (!option || option.missingForScoring) return null;
  return option.score ?? option.code;
}

function scoreRange(field: AnswerField): ScoreRange {
  if (field.item.type === "numeric") return { min: field.item.min, max: field.item.max };
  const scores = (field.options ?? [])
    .filter((option) => !option.missingForScoring)
    .map((option) => option.score ?? option.code);
  return { min: Math.min(...scores), max: Math.max(...scores) };
}

/** Minimum number of answered items for a score: ceil(share × k), e.g. 4 of the CBI's 7 work items. */
export function minimumAnswered(scale: Pick<Scale, "items" | "minAnsweredShare">): number {
  return Math.ceil(scale.minAnsweredShare * scale.items.length - 1e-9);
}

/**
 * Scores one scale. Reverse-keyed items are mirrored within their own range
 * (score → min + max − score). With rescale "0-100" each item is first mapped onto 0–100
 * through its possible range, so the scale reads as 0–100 whatever the answer format.
 * A sum over partly answered items is prorated (mean × k) so missing items do not lower it.
 */
export function scoreScale(
  scale: Scale,
  fields: Map<string, AnswerField>,
  answers: Answers,
  ranges?: Map<string, ScoreRange>,
): number | null {
  const scores: number[] = [];
  for (const id of scale.items) {
    const field = fields.get(id);
    if (!field) throw new Error(`scoreScale: scale "${scale.id}" refers to unknown item "${id}"`);
    const raw = fieldScore(field, answers[id]);
    if (raw === null) continue;
    const range = ranges?.get(id) ?? scoreRange(field);
    const keyed = scale.reverse.includes(id) ? range.min + range.max - raw : raw;
    scores.push(scale.rescale === "0-100" ? ((keyed - range.min) / (range.max - range.min)) * 100 : keyed);
  }
  if (scores.length < minimumAnswered(scale)) return null;
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return scale.aggregation === "mean" || scale.rescale === "0-100" ? mean : mean * scale.items.length;
}

/** A scoring function for many respondents: the definition is indexed once. */
export function createScorer(definition: InstrumentDefinition): (answers: Answers) => Scores {
  const fields = fieldsById(definition);
  // Item ranges depend only on the definition: work them out once, not for every respondent.
  const ranges = new Map(
    definition.scales.flatMap((scale) =>
      scale.items.flatMap((id) => {
        const field = fields.get(id);
        return field ? [[id, scoreRange(field)] as const] : [];
      }),
    ),
  );
  return (answers) => scoreWithFields(definition, fields, answers, ranges);
}

/** All scale scores and derived variables for one respondent. */
export function scoreResponse(definition: InstrumentDefinition, answers: Answers): Scores {
  return createScorer(definition)(answers);
}

function scoreWithFields(
  definition: InstrumentDefinition,
  fields: Map<string, AnswerField>,
  answers: Answers,
  ranges: Map<string, ScoreRange>,
): Scores {
  const scores: Scores = {};
  for (const scale of definition.scales) scores[scale.id] = scoreScale(scale, fields, answers, ranges);
  const valueOf = (id: string): number | null => {
    if (id in scores) return scores[id] ?? null;
    const field = fields.get(id);
    return field ? fieldScore(field, answers[id]) : null;
  };
  for (const variable of definition.derived) {
    const [a, b] = variable.of.map(valueOf);
    scores[variable.id] = a === null || a === undefined || b === null || b === undefined ? null : a - b;
  }
  return scores;
}

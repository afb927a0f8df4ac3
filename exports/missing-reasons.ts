import type { Answers } from "../instrument/answers";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import type { MissingReason } from "../instrument/missing-codes";
import type { AnswerField } from "../instrument/traversal";
import { fieldsById } from "../instrument/traversal";
import { isItemVisible, isPageVisible } from "../instrument/visibility";

/**
 * Why an answer is absent: "not-shown" when the respondent's own answers routed them past its page or the item
 * (the stored answers are pruned to what was visible, so the conditions read them as the respondent left them),
 * otherwise "skipped".
 */
export function answerMissingReason(field: AnswerField, answers: Answers): MissingReason {
  const shown = isPageVisible(field.page, answers) && isItemVisible(field.item, answers);
  return shown ? "skipped" : "not-shown";
}

type ScoreReason = Extract<MissingReason, "not-shown" | "not-computable">;

/**
 * Why each score a response lacks is absent, by score id: "not-shown" when it does not apply to this respondent
 * — none of a scale's items was shown (a scale asked of leavers only, for someone still in support), or an
 * operand of a difference is missing for that reason — otherwise "not-computable" (too few items answered, or an
 * operand left unanswered). Scores that exist are not listed.
 */
export function createScoreMissingReasons(
  definition: InstrumentDefinition,
): (answers: Answers, scores: Record<string, number | null>) => Record<string, ScoreReason> {
  const fields = fieldsById(definition);
  const scales = new Map(definition.scales.map((scale) => [scale.id, scale.items]));
  const derived = new Map(definition.derived.map((variable) => [variable.id, variable.of]));
  return (answers, scores) => {
    const notShown = (id: string) => {
      const field = fields.get(id);
      return field !== undefined && answerMissingReason(field, answers) === "not-shown";
    };
    const reason = (id: string, depth: number): ScoreReason | null => {
      const value = id in scores ? scores[id] : answers[id];
      if (typeof value === "number" || Array.isArray(value)) return null;
      const items = scales.get(id);
      if (items) return items.every(notShown) ? "not-shown" : "not-computable";
      const of = derived.get(id);
      // A derived variable refers to scales or scored items only; the depth guard stops a malformed cycle.
      if (of && depth < 4)
        return of.some((part) => reason(part, depth + 1) === "not-shown") ? "not-shown" : "not-computable";
      return notShown(id) ? "not-shown" : "not-computable";
    };
    const reasons: Record<string, ScoreReason> = {};
    for (const id of [...scales.keys(), ...derived.keys()]) {
      const why = reason(id, 0);
      if (why) reasons[id] = why;
    }
    return reasons;
  };
}

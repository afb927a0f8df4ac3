import { z } from "zod";
import type { AnswerValue, Answers } from "./answers";

/**
 * When to show a page or an item, based on earlier answers. Option codes are compared
 * as numbers; `includes` is for multiple-choice answers; unanswered items meet no
 * comparison except `answered: false`.
 */
export type Condition =
  | { item: string; equals: number }
  | { item: string; in: number[] }
  | { item: string; notIn: number[] }
  | { item: string; includes: number }
  | { item: string; atLeast: number }
  | { item: string; atMost: number }
  | { item: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const itemId = z.string().min(1);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ item: itemId, equals: z.number() }),
    z.strictObject({ item: itemId, in: z.array(z.number()).min(1) }),
    z.strictObject({ item: itemId, notIn: z.array(z.number()).min(1) }),
    z.strictObject({ item: itemId, includes: z.number() }),
    z.strictObject({ item: itemId, atLeast: z.number() }),
    z.strictObject({ item: itemId, atMost: z.number() }),
    z.strictObject({ item: itemId, answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

function isAnswered(value: AnswerValue | undefined): value is Exclude<AnswerValue, null> {
  return (
    value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0) && value !== ""
  );
}

function asNumber(value: AnswerValue | undefined): number | null {
  return typeof value === "number" ? value : null;
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ("all" in condition) return condition.all.every((inner) => evaluateCondition(inner, answers));
  if ("any" in condition) return condition.any.some((inner) => evaluateCondition(inner, answers));
  if ("not" in condition) return !evaluateCondition(condition.not, answers);
  const value = answers[condition.item];
  if ("answered" in condition) return isAnswered(value) === condition.answered;
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  const number = asNumber(value);
  if (number === null) return false;
  if ("equals" in condition) return number === condition.equals;
  if ("in" in condition) return condition.in.includes(number);
  if ("notIn" in condition) return !condition.notIn.includes(number);
  if ("atLeast" in condition) return number >= condition.atLeast;
  return number <= condition.atMost;
}

/** Every item id a condition reads, for checking that it only looks backwards. */
export function conditionItemIds(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionItemIds);
  if ("any" in condition) return condition.any.flatMap(conditionItemIds);
  if ("not" in condition) return conditionItemIds(condition.not);
  return [condition.item];
}

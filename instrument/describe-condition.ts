import type { Condition } from "./conditions";
import type { AnswerField } from "./traversal";

/** Describes a condition in words, quoting option labels where the item has options. */
export function describeCondition(condition: Condition, fields: Map<string, AnswerField>): string {
  const value = (id: string, code: number) => {
    const label = fields.get(id)?.options?.find((option) => option.code === code)?.label.en;
    return label ? `${code} ("${label}")` : String(code);
  };
  const values = (id: string, codes: number[]) => codes.map((code) => value(id, code)).join(", ");
  const nested = (inner: Condition) =>
    "all" in inner || "any" in inner
      ? `(${describeCondition(inner, fields)})`
      : describeCondition(inner, fields);
  if ("all" in condition) return condition.all.map(nested).join(" and ");
  if ("any" in condition) return condition.any.map(nested).join(" or ");
  if ("not" in condition) {
    const inner = condition.not;
    if ("equals" in inner) return `${inner.item} is not ${value(inner.item, inner.equals)}`;
    if ("in" in inner) return `${inner.item} is none of ${values(inner.item, inner.in)}`;
    if ("answered" in inner) return `${inner.item} is ${inner.answered ? "not answered" : "answered"}`;
    return `not ${nested(inner)}`;
  }
  const id = condition.item;
  if ("equals" in condition) return `${id} is ${value(id, condition.equals)}`;
  if ("in" in condition) return `${id} is one of ${values(id, condition.in)}`;
  if ("notIn" in condition) return `${id} is none of ${values(id, condition.notIn)}`;
  if ("includes" in condition) return `${id} includes ${value(id, condition.includes)}`;
  if ("atLeast" in condition) return `${id} is at least ${condition.atLeast}`;
  if ("atMost" in condition) return `${id} is at most ${condition.atMost}`;
  return `${id} is ${condition.answered ? "answered" : "not answered"}`;
}

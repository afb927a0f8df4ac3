import type { Answers, AnswerValue } from "../../instrument/answers";
import type { NumericItem } from "../../instrument/items";
import type { AnswerField } from "../../instrument/traversal";
import type { QuasiIdentifierRecode } from "./coarsening-types";
import { numericBands } from "./numeric-bands";
import { recodeValue } from "./recode-value";

/** How far one quasi-identifier is coarsened: as answered, banded (groups of base bands), merged, or suppressed. */
export type CoarseningLevel =
  | { kind: "exact" }
  | { kind: "bands"; groups: number[][] }
  | { kind: "merge"; merged: number[] }
  | { kind: "suppress" };

/** First code from 990 up that the item does not use: the code of "Other (merged for anonymity)". */
export function otherCode(field: AnswerField): number {
  const used = new Set((field.options ?? []).map((option) => option.code));
  let code = 990;
  while (used.has(code)) code += 1;
  return code;
}

/** The recode a level stands for (null when the variable is exported as answered). */
export function levelRecode(field: AnswerField, level: CoarseningLevel): QuasiIdentifierRecode | null {
  switch (level.kind) {
    case "exact":
      return null;
    case "suppress":
      return { kind: "suppress" };
    case "bands":
      return { kind: "bands", bands: numericBands(field.item as NumericItem, level.groups) };
    case "merge": {
      const labels = level.merged.map(
        (code) => field.options?.find((option) => option.code === code)?.label.en ?? String(code),
      );
      return {
        kind: "merge",
        merged: [...level.merged].sort((a, b) => a - b),
        otherCode: otherCode(field),
        otherLabel: `Other (merged for anonymity): ${labels.join("; ")}`,
      };
    }
  }
}

/** The value that identifies a record's class for one quasi-identifier, as a string key ("" = empty). */
export function classValue(
  field: AnswerField,
  value: AnswerValue | undefined,
  recode: QuasiIdentifierRecode | null,
): string {
  if (recode?.kind === "suppress") return "";
  if (field.item.type === "multiple")
    return Array.isArray(value) ? [...value].sort((a, b) => a - b).join("+") : "";
  if (field.item.type === "text") return typeof value === "string" ? value.trim().toLowerCase() : "";
  const exported = recodeValue(value, recode);
  return exported === null ? "" : String(exported);
}

/**
 * The next, coarser level of one quasi-identifier, or null when it is already suppressed.
 * Numeric items with declared bands go exact → bands → neighbouring bands merged (the smallest
 * band with its smaller neighbour) → suppressed; coded items go exact → the two rarest answered
 * codes merged into "other" → the next rarest added → suppressed; anything else is suppressed.
 * `counts` holds how many records give each exported value at the current level.
 */
export function nextLevel(
  field: AnswerField,
  level: CoarseningLevel,
  counts: ReadonlyMap<string, number>,
): CoarseningLevel | null {
  const { item } = field;
  const count = (key: string | number) => counts.get(String(key)) ?? 0;
  if (level.kind === "suppress") return null;
  if (item.type === "numeric" && item.quasiIdentifier?.bands) {
    if (level.kind === "exact")
      return { kind: "bands", groups: numericBands(item).map((_, index) => [index]) };
    if (level.kind === "bands" && level.groups.length > 1) {
      const sizes = level.groups.map((_, index) => count(index + 1));
      const smallest = sizes.indexOf(Math.min(...sizes));
      const left = smallest > 0 ? (sizes[smallest - 1] ?? Infinity) : Infinity;
      const right = smallest < sizes.length - 1 ? (sizes[smallest + 1] ?? Infinity) : Infinity;
      const partner = left <= right ? smallest - 1 : smallest + 1;
      const [from, to] = [Math.min(smallest, partner), Math.max(smallest, partner)];
      const groups = level.groups.map((group) => [...group]);
      groups.splice(from, 2, [...(groups[from] ?? []), ...(groups[to] ?? [])]);
      return { kind: "bands", groups };
    }
    return { kind: "suppress" };
  }
  const coded = field.options !== null && item.type !== "multiple";
  if (!coded) return { kind: "suppress" };
  const merged = level.kind === "merge" ? level.merged : [];
  const remaining = (field.options ?? [])
    .map((option) => option.code)
    .filter((code) => !merged.includes(code) && count(code) > 0)
    .sort((a, b) => count(a) - count(b) || a - b);
  const take = merged.length === 0 ? 2 : 1;
  if (remaining.length < take || (merged.length === 0 && remaining.length <= 2)) return { kind: "suppress" };
  return { kind: "merge", merged: [...merged, ...remaining.slice(0, take)] };
}

/** A quasi-identifier's levels from exact to suppressed, each with every record's class value. */
export type LevelChain = { levels: CoarseningLevel[]; values: string[][] };

/**
 * Every level of one quasi-identifier, exact first and suppressed last, with the class values of
 * `answers` at each level. A level depends only on this variable's own answers, so the chain is
 * fixed before any search over combinations of levels.
 */
export function levelChain(field: AnswerField, answers: readonly Answers[]): LevelChain {
  const levels: CoarseningLevel[] = [];
  const values: string[][] = [];
  let level: CoarseningLevel | null = { kind: "exact" };
  while (level) {
    const recode = levelRecode(field, level);
    const current = answers.map((answer) => classValue(field, answer[field.id], recode));
    levels.push(level);
    values.push(current);
    const counts = new Map<string, number>();
    for (const value of current) counts.set(value, (counts.get(value) ?? 0) + 1);
    level = nextLevel(field, level, counts);
  }
  return { levels, values };
}

import type { InstrumentDefinition } from "./definition-schema";
import type { Option } from "./items";
import { answerFields, type AnswerField } from "./traversal";

/**
 * One difference between two versions of an instrument definition, for the researcher's comparison and for
 * {@link versionCompatibility}. `field` is a stored variable's id (an item, or one row of a matrix).
 */
export type VersionChange =
  | { kind: "page-added" | "page-removed"; page: string }
  | { kind: "item-added"; field: string; required: boolean; coded: boolean; scored: boolean }
  | { kind: "item-removed"; field: string; coded: boolean }
  | { kind: "item-reworded"; field: string; parts: string[] }
  | { kind: "type-changed"; field: string; before: string; after: string }
  | { kind: "codes-changed"; field: string; before: string; after: string }
  | { kind: "range-changed"; field: string; before: string; after: string }
  | { kind: "asked-when-changed"; field: string }
  | { kind: "required-changed"; field: string; required: boolean }
  | { kind: "scale-changed"; scale: string; detail: string }
  | { kind: "derived-changed"; variable: string; detail: string }
  | { kind: "plan-changed" }
  | { kind: "survey-text-changed"; parts: string[] }
  | { kind: "languages-changed"; added: string[]; removed: string[] };

/** JSON with keys sorted at every level, so that equal values compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Whether two values are equal as JSON, whatever their key order. */
export const sameValue = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
const same = sameValue;

/** The codes a field stores, with what scoring reads from each, in words: "1, 2, 3 (3 missing for scoring)". */
function codesInWords(options: Option[] | null): string {
  if (!options) return "none";
  const codes = [...options].sort((a, b) => a.code - b.code);
  const scored = codes.map((o) => (o.score === undefined ? `${o.code}` : `${o.code} (scored ${o.score})`));
  const missing = codes.filter((o) => o.missingForScoring).map((o) => o.code);
  return `${scored.join(", ")}${missing.length > 0 ? `; ${missing.join(", ")} missing for scoring` : ""}`;
}

function rangeInWords(field: AnswerField): string {
  const { item } = field;
  return item.type === "numeric" ? `${item.min} to ${item.max} in steps of ${item.step}` : "none";
}

/** The wording a respondent reads for a field: question, help, answer labels, end labels. */
function rewordedParts(before: AnswerField, after: AnswerField): string[] {
  const labels = (field: AnswerField) =>
    [...(field.options ?? [])].sort((a, b) => a.code - b.code).map((o) => o.label);
  const ends = ({ item }: AnswerField) =>
    item.type === "numeric" ? [item.minLabel, item.maxLabel, item.unit] : [];
  return [
    ...(same(before.text, after.text) && same(before.stem, after.stem) ? [] : ["question"]),
    ...(same(before.item.help, after.item.help) ? [] : ["help text"]),
    ...(same(labels(before), labels(after)) ? [] : ["answer labels"]),
    ...(same(ends(before), ends(after)) ? [] : ["end labels or unit"]),
  ];
}

/** The changes to one field present in both versions. */
function fieldChanges(before: AnswerField, after: AnswerField): VersionChange[] {
  const field = after.id;
  const changes: VersionChange[] = [];
  if (before.item.type !== after.item.type)
    return [{ kind: "type-changed", field, before: before.item.type, after: after.item.type }];
  const [codesBefore, codesAfter] = [codesInWords(before.options), codesInWords(after.options)];
  if (codesBefore !== codesAfter)
    changes.push({ kind: "codes-changed", field, before: codesBefore, after: codesAfter });
  else if (!same(before.attentionCheck, after.attentionCheck))
    changes.push({
      kind: "codes-changed",
      field,
      before: `attention check expects ${before.attentionCheck?.expected ?? "nothing"}`,
      after: `attention check expects ${after.attentionCheck?.expected ?? "nothing"}`,
    });
  const [rangeBefore, rangeAfter] = [rangeInWords(before), rangeInWords(after)];
  if (rangeBefore !== rangeAfter)
    changes.push({ kind: "range-changed", field, before: rangeBefore, after: rangeAfter });
  const parts = rewordedParts(before, after);
  if (parts.length > 0) changes.push({ kind: "item-reworded", field, parts });
  if (!same([before.page.showIf, before.item.showIf], [after.page.showIf, after.item.showIf]))
    changes.push({ kind: "asked-when-changed", field });
  if (before.item.required !== after.item.required)
    changes.push({ kind: "required-changed", field, required: after.item.required });
  return changes;
}

/** The ids a definition scores or analyses beyond single items: scale members and derived variables' inputs. */
export function scoredIds(definition: InstrumentDefinition): Set<string> {
  return new Set([
    ...definition.scales.flatMap((scale) => scale.items),
    ...definition.derived.flatMap((variable) => variable.of),
    ...(definition.analysisPlan?.leavers.outcomes.map((outcome) => outcome.variable) ?? []),
  ]);
}

const isCoded = (field: AnswerField) => field.item.type !== "text";

/** Added, removed and changed stored variables, in the newer version's order (removed ones first). */
export function variableChanges(before: InstrumentDefinition, after: InstrumentDefinition): VersionChange[] {
  const old = new Map(answerFields(before).map((field) => [field.id, field]));
  const now = new Map(answerFields(after).map((field) => [field.id, field]));
  const scored = scoredIds(after);
  return [
    ...[...old.values()]
      .filter((field) => !now.has(field.id))
      .map((field): VersionChange => ({ kind: "item-removed", field: field.id, coded: isCoded(field) })),
    ...[...now.values()].flatMap((field): VersionChange[] => {
      const earlier = old.get(field.id);
      if (earlier) return fieldChanges(earlier, field);
      const { required } = field.item;
      return [
        {
          kind: "item-added",
          field: field.id,
          required,
          coded: isCoded(field),
          scored: scored.has(field.id),
        },
      ];
    }),
  ];
}

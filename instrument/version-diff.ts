import { definitionInLanguages } from "./definition-in-language";
import type { InstrumentDefinition, Scale } from "./definition-schema";
import { sameValue, type VersionChange, variableChanges } from "./version-changes";

export type { VersionChange } from "./version-changes";

const sorted = (ids: readonly string[]) => [...ids].sort().join(", ") || "none";

/** How a scale is scored, part by part; labels and descriptions are wording and not compared here. */
function scaleScoring(scale: Scale): [string, string][] {
  return [
    ["items", sorted(scale.items)],
    ["reverse-keyed items", sorted(scale.reverse)],
    ["aggregation", scale.aggregation],
    ["rescaling", scale.rescale],
    ["share of items needed", String(scale.minAnsweredShare)],
  ];
}

function scaleChanges(before: InstrumentDefinition, after: InstrumentDefinition): VersionChange[] {
  const old = new Map(before.scales.map((scale) => [scale.id, scale]));
  const now = new Map(after.scales.map((scale) => [scale.id, scale]));
  const removed = [...old.keys()]
    .filter((id) => !now.has(id))
    .map((scale): VersionChange => ({ kind: "scale-changed", scale, detail: "removed" }));
  const changed = [...now.values()].flatMap((scale): VersionChange[] => {
    const earlier = old.get(scale.id);
    if (!earlier) return [{ kind: "scale-changed", scale: scale.id, detail: "added" }];
    const parts = scaleScoring(earlier).flatMap(([part, was], index) => {
      const is = scaleScoring(scale)[index]?.[1];
      return was === is ? [] : [`${part} ${was} → ${is}`];
    });
    return parts.length > 0 ? [{ kind: "scale-changed", scale: scale.id, detail: parts.join("; ") }] : [];
  });
  return [...removed, ...changed];
}

function derivedChanges(before: InstrumentDefinition, after: InstrumentDefinition): VersionChange[] {
  const old = new Map(before.derived.map((variable) => [variable.id, variable]));
  const now = new Map(after.derived.map((variable) => [variable.id, variable]));
  const formula = (of: readonly string[]) => of.join(" − ");
  return [
    ...[...old.keys()]
      .filter((id) => !now.has(id))
      .map((variable): VersionChange => ({ kind: "derived-changed", variable, detail: "removed" })),
    ...[...now.values()].flatMap((variable): VersionChange[] => {
      const earlier = old.get(variable.id);
      if (!earlier) return [{ kind: "derived-changed", variable: variable.id, detail: "added" }];
      if (earlier.kind === variable.kind && sameValue(earlier.of, variable.of)) return [];
      return [
        {
          kind: "derived-changed",
          variable: variable.id,
          detail: `${formula(earlier.of)} → ${formula(variable.of)}`,
        },
      ];
    }),
  ];
}

function languageChanges(before: readonly string[], after: readonly string[]): VersionChange[] {
  const added = after.filter((language) => !before.includes(language));
  const removed = before.filter((language) => !after.includes(language));
  return added.length + removed.length > 0 ? [{ kind: "languages-changed", added, removed }] : [];
}

function pageChanges(before: InstrumentDefinition, after: InstrumentDefinition): VersionChange[] {
  const old = new Set(before.pages.map((page) => page.id));
  const now = new Set(after.pages.map((page) => page.id));
  return [
    ...[...old].filter((page) => !now.has(page)).map((page) => ({ kind: "page-removed" as const, page })),
    ...[...now].filter((page) => !old.has(page)).map((page) => ({ kind: "page-added" as const, page })),
  ];
}

function surveyTextChanges(before: InstrumentDefinition, after: InstrumentDefinition): VersionChange[] {
  const parts = (["title", "description", "dataUse"] as const).filter(
    (part) => !sameValue(before[part], after[part]),
  );
  return parts.length > 0
    ? [{ kind: "survey-text-changed", parts: parts.map((part) => (part === "dataUse" ? "data use" : part)) }]
    : [];
}

/**
 * What changed from one version of an instrument definition to the next: pages added or removed; stored
 * variables added, removed, reworded, recoded (option codes, scores, missing-for-scoring, attention checks),
 * rescaled (numeric ranges) or retyped; conditions and required flags; scales' and derived variables' scoring
 * (items, reverse keying, aggregation); the analysis plan; the survey's own texts. Pure.
 *
 * Cost: O(fields + scales) with a JSON comparison per field.
 *
 * @example
 * diffDefinitions(v1, v2); // [{ kind: "item-added", field: "ai_use", required: false, coded: true, scored: false }]
 */
export function diffDefinitions(
  beforeInAll: InstrumentDefinition,
  afterInAll: InstrumentDefinition,
): VersionChange[] {
  // Wording is compared in the languages both versions offer; a language added or removed is a change of its own.
  const common = beforeInAll.languages.filter((language) => afterInAll.languages.includes(language));
  const before = definitionInLanguages(beforeInAll, common);
  const after = definitionInLanguages(afterInAll, common);
  return [
    ...languageChanges(beforeInAll.languages, afterInAll.languages),
    ...surveyTextChanges(before, after),
    ...pageChanges(before, after),
    ...variableChanges(before, after),
    ...scaleChanges(before, after),
    ...derivedChanges(before, after),
    ...(sameValue(before.analysisPlan, after.analysisPlan) ? [] : [{ kind: "plan-changed" as const }]),
  ];
}

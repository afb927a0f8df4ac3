import type { Codebook, CodebookNotes, CodebookOption, CodebookVariable } from "./codebook-types";
import type { Condition } from "./conditions";
import type { InstrumentDefinition } from "./definition-schema";
import { describeCondition } from "./describe-condition";
import { dataColumns } from "./columns/data-columns";
import { columnLabels } from "./columns/loader-labels";
import type { Option } from "./items";
import { minimumAnswered } from "./scoring";
import { type AnswerField, answerFields } from "./traversal";

function toOption(option: Option): CodebookOption {
  return {
    code: option.code,
    label: option.label.en,
    score: option.score ?? null,
    missingForScoring: option.missingForScoring,
    fixedPosition: option.fixedPosition,
  };
}

function checkNoteIds(
  notes: CodebookNotes,
  known: Record<"pages" | "variables" | "scales" | "derived", Set<string>>,
) {
  for (const kind of ["pages", "variables", "scales", "derived"] as const) {
    for (const id of Object.keys(notes[kind] ?? {})) {
      if (!known[kind].has(id)) throw new Error(`codebook note for unknown ${kind.slice(0, -1)} "${id}"`);
    }
  }
}

function scaleMethod(
  scale: InstrumentDefinition["scales"][number],
  fields: Map<string, AnswerField>,
): string {
  const needed = minimumAnswered(scale);
  const parts = [
    `${scale.aggregation === "mean" ? "Mean" : "Sum"} of the answered items' scores (an option's score where it has one, otherwise its code)`,
  ];
  if (scale.reverse.length > 0)
    parts.push(
      `reverse-scored items are mirrored within their range (lowest + highest − score): ${scale.reverse.join(", ")}`,
    );
  if (scale.rescale === "0-100")
    parts.push("each item is first mapped linearly onto 0–100 over its possible range");
  else if (scale.aggregation === "sum")
    parts.push("a partly answered sum is prorated (mean × number of items)");
  const missing = scale.items.some((id) =>
    fields.get(id)?.options?.some((option) => option.missingForScoring),
  );
  if (missing) parts.push("answers marked missing for scoring count as unanswered");
  parts.push(`no score unless at least ${needed} of ${scale.items.length} items are answered`);
  return `${parts.join("; ")}.`;
}

export function buildCodebook(definition: InstrumentDefinition, notes: CodebookNotes = {}): Codebook {
  const fields = answerFields(definition);
  const byId = new Map(fields.map((field) => [field.id, field]));
  checkNoteIds(notes, {
    pages: new Set(definition.pages.map((page) => page.id)),
    variables: new Set(byId.keys()),
    scales: new Set(definition.scales.map((scale) => scale.id)),
    derived: new Set(definition.derived.map((variable) => variable.id)),
  });
  const describe = (condition: Condition | undefined) =>
    condition ? describeCondition(condition, byId) : null;

  const variables = fields.map((field): CodebookVariable => {
    const { item, page } = field;
    const conditions = [describe(page.showIf), describe(item.showIf)].filter(
      (text): text is string => text !== null,
    );
    const randomized: string[] = [];
    if (page.randomizeItems) randomized.push("items on the page shown in random order");
    if (item.type === "matrix" && item.randomizeRows) randomized.push("rows shown in random order");
    if ((item.type === "single" || item.type === "multiple") && item.randomizeOptions)
      randomized.push("options shown in random order");
    const expected = field.attentionCheck?.expected;
    return {
      id: field.id,
      page: page.id,
      pageNumber: field.pageIndex + 1,
      type: item.type,
      matrix: item.type === "matrix" ? item.id : null,
      stem: field.stem?.en ?? null,
      text: field.text.en,
      help: item.help?.en ?? null,
      answerScale: item.type === "likert" || item.type === "matrix" ? item.scale : null,
      options: field.options?.map(toOption) ?? null,
      numeric:
        item.type === "numeric"
          ? {
              min: item.min,
              max: item.max,
              step: item.step,
              unit: item.unit?.en ?? null,
              minLabel: item.minLabel?.en ?? null,
              maxLabel: item.maxLabel?.en ?? null,
            }
          : null,
      freeText: item.type === "text" ? { maxLength: item.maxLength, multiline: item.multiline } : null,
      columns:
        item.type === "multiple" ? item.options.map((option) => `${item.id}_${option.code}`) : [field.id],
      required: item.required,
      condition: conditions.length > 0 ? conditions.join(" and ") : null,
      scales: definition.scales
        .filter((scale) => scale.items.includes(field.id))
        .map((scale) => ({ id: scale.id, reverse: scale.reverse.includes(field.id) })),
      quasiIdentifier: item.quasiIdentifier
        ? { kind: item.quasiIdentifier.kind, bands: item.quasiIdentifier.bands ?? null }
        : null,
      attentionCheck:
        expected === undefined
          ? null
          : { expected, label: field.options?.find((option) => option.code === expected)?.label.en ?? null },
      randomized,
      note: notes.variables?.[field.id] ?? null,
    };
  });

  return {
    instrument: {
      id: definition.id,
      schemaVersion: definition.schemaVersion,
      title: definition.title.en,
      description: definition.description.en,
      languages: definition.languages,
      estimatedMinutes: definition.estimatedMinutes,
      dataUse: definition.dataUse.en,
    },
    notes: notes.general ?? [],
    answerScales: Object.entries(definition.answerScales).map(([id, scale]) => ({
      id,
      label: scale.label.en,
      options: scale.options.map(toOption),
    })),
    pages: definition.pages.map((page, index) => ({
      id: page.id,
      number: index + 1,
      title: page.title.en,
      intro: page.intro?.en ?? null,
      condition: describe(page.showIf),
      screenOut: page.screenOut
        ? { unless: describeCondition(page.screenOut.unless, byId), message: page.screenOut.message.en }
        : null,
      randomizeItems: page.randomizeItems,
      variables: fields.filter((field) => field.pageIndex === index).map((field) => field.id),
      note: notes.pages?.[page.id] ?? null,
    })),
    variables,
    scales: definition.scales.map((scale) => ({
      id: scale.id,
      label: scale.label.en,
      description: scale.description?.en ?? null,
      items: scale.items,
      reverse: scale.reverse,
      aggregation: scale.aggregation,
      rescale: scale.rescale,
      minAnsweredShare: scale.minAnsweredShare,
      minimumAnswered: minimumAnswered(scale),
      method: scaleMethod(scale, byId),
      reference: scale.reference ?? null,
      note: notes.scales?.[scale.id] ?? null,
    })),
    derived: definition.derived.map((variable) => ({
      id: variable.id,
      label: variable.label.en,
      kind: variable.kind,
      of: [...variable.of],
      formula: `${variable.of[0]} − ${variable.of[1]} (missing when either is missing)`,
      note: notes.derived?.[variable.id] ?? null,
    })),
    references: definition.references.map((reference) => ({
      id: reference.id,
      citation: reference.citation,
      url: reference.url ?? null,
      terms: reference.terms ?? null,
      scales: definition.scales.filter((scale) => scale.reference === reference.id).map((scale) => scale.id),
    })),
    labels: columnLabels(dataColumns(definition)),
  };
}

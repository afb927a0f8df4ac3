import { dataColumns } from "./columns/data-columns";
import { columnLabels } from "./columns/loader-labels";
import {
  columnMissingReasons,
  missingCodes,
  SCORE_DECIMALS,
  STATA_MISSING_LETTER,
  stataMissingLetters,
} from "./missing-codes";
import type {
  Codebook,
  CodebookDerived,
  CodebookNotes,
  CodebookPage,
  CodebookReference,
} from "./codebook-types";
import { codebookScale } from "./codebook-scale";
import { codebookWording } from "./codebook-wording";
import { codebookVariable, type DescribeCondition, toOption } from "./codebook-variable";
import type { DerivedVariable, InstrumentDefinition, Page } from "./definition-schema";
import { describeCondition } from "./describe-condition";
import { codebookIdentificationCode } from "./identification-code-notice";
import { type AnswerField, answerFields } from "./traversal";

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

/** Every id a note may name, by kind. */
function knownIds(definition: InstrumentDefinition, byId: Map<string, AnswerField>) {
  return {
    pages: new Set(definition.pages.map((page) => page.id)),
    variables: new Set(byId.keys()),
    scales: new Set(definition.scales.map((scale) => scale.id)),
    derived: new Set(definition.derived.map((variable) => variable.id)),
  };
}

function instrumentSummary(definition: InstrumentDefinition): Codebook["instrument"] {
  return {
    id: definition.id,
    schemaVersion: definition.schemaVersion,
    title: definition.title.en,
    description: definition.description.en,
    languages: definition.languages,
    estimatedMinutes: definition.estimatedMinutes,
    dataUse: definition.dataUse.en,
  };
}

function answerScales(definition: InstrumentDefinition): Codebook["answerScales"] {
  return Object.entries(definition.answerScales).map(([id, scale]) => ({
    id,
    label: scale.label.en,
    options: scale.options.map(toOption),
  }));
}

function codebookPage(
  page: Page,
  index: number,
  fields: AnswerField[],
  context: { byId: Map<string, AnswerField>; describe: DescribeCondition; notes: CodebookNotes },
): CodebookPage {
  const { byId, describe, notes } = context;
  return {
    id: page.id,
    number: index + 1,
    title: page.title.en,
    intro: page.intro?.en ?? null,
    condition: describe(page.showIf),
    wordings: (page.wordings ?? []).map((wording) => ({
      when: describe(wording.when) ?? "",
      title: wording.title?.en ?? null,
      intro: wording.intro?.en ?? null,
    })),
    screenOut: page.screenOut
      ? { unless: describeCondition(page.screenOut.unless, byId), message: page.screenOut.message.en }
      : null,
    randomizeItems: page.randomizeItems,
    variables: fields.filter((field) => field.pageIndex === index).map((field) => field.id),
    note: notes.pages?.[page.id] ?? null,
  };
}

function codebookDerived(variable: DerivedVariable, notes: CodebookNotes): CodebookDerived {
  return {
    id: variable.id,
    label: variable.label.en,
    kind: variable.kind,
    of: [...variable.of],
    formula: `${variable.of[0]} − ${variable.of[1]} (missing when either is missing)`,
    note: notes.derived?.[variable.id] ?? null,
  };
}

function codebookReferences(definition: InstrumentDefinition): CodebookReference[] {
  return definition.references.map((reference) => ({
    id: reference.id,
    citation: reference.citation,
    url: reference.url ?? null,
    terms: reference.terms ?? null,
    scales: definition.scales.filter((scale) => scale.reference === reference.id).map((scale) => scale.id),
  }));
}

/** The data set's columns with the value labels the loaders set: codes, then the missing-data codes a column can hold. */
function withMissingLabels(definition: InstrumentDefinition) {
  const codes = missingCodes(definition);
  return dataColumns(definition).map((column) => {
    const reasons = columnMissingReasons(column.source);
    const missing = codes.filter((entry) => reasons.includes(entry.reason));
    return missing.length === 0
      ? column
      : { ...column, valueLabels: [...(column.valueLabels ?? []), ...missing] };
  });
}

/**
 * The codebook of a definition: the instrument, then its answer scales, pages, stored variables, scales, derived
 * variables and references, and every column's labels as the loaders set them. Notes come in by id.
 *
 * @throws Error when a note names a page, variable, scale or derived variable the definition does not have
 */
export function buildCodebook(definition: InstrumentDefinition, notes: CodebookNotes = {}): Codebook {
  const fields = answerFields(definition);
  const byId = new Map(fields.map((field) => [field.id, field]));
  checkNoteIds(notes, knownIds(definition, byId));
  const describe: DescribeCondition = (condition) => (condition ? describeCondition(condition, byId) : null);
  const variables = fields.map((field) =>
    codebookVariable(field, definition, describe, notes.variables?.[field.id] ?? null),
  );
  const wording = codebookWording(definition);
  const identificationCode = codebookIdentificationCode(definition);
  return {
    instrument: instrumentSummary(definition),
    notes: notes.general ?? [],
    answerScales: answerScales(definition),
    pages: definition.pages.map((page, index) =>
      codebookPage(page, index, fields, { byId, describe, notes }),
    ),
    variables,
    scales: definition.scales.map((scale) => codebookScale(scale, byId, notes)),
    derived: definition.derived.map((variable) => codebookDerived(variable, notes)),
    references: codebookReferences(definition),
    ...(wording ? { wording } : {}),
    labels: columnLabels(withMissingLabels(definition)),
    ...(identificationCode ? { identificationCode } : {}),
    missingData: {
      codes: missingCodes(definition).map((entry) => ({
        ...entry,
        stata: STATA_MISSING_LETTER[entry.reason],
      })),
      stataDontKnow: [...stataMissingLetters(definition)].map(([code, stata]) => ({ code, stata })),
      scoreDecimals: SCORE_DECIMALS,
    },
  };
}

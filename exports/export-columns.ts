import type { InstrumentDefinition } from "../instrument/definition-schema";
import type { Option } from "../instrument/items";
import { type AnswerField, answerFields } from "../instrument/traversal";
import type { ExportColumn, ValueLabel } from "./export-column-types";
import type { Coarsening, QuasiIdentifierRecode } from "./export-types";
import { scoresComputedFrom } from "./scores-computed-from";

export type { ColumnSource, ColumnType, ExportColumn, MetaColumn, ValueLabel } from "./export-column-types";
import { EXCLUDED_MAX_LENGTH, META_COLUMNS, RESPONSE_ID_MAX_LENGTH } from "./meta-columns";

const SELECTED_LABELS: ValueLabel[] = [
  { code: 0, label: "not selected" },
  { code: 1, label: "selected" },
];

function optionLabels(options: Option[]): ValueLabel[] {
  return options.map((option) => ({ code: option.code, label: option.label.en }));
}

function recodedLabels(options: Option[], recode: QuasiIdentifierRecode & { kind: "merge" }): ValueLabel[] {
  const kept = options.filter((option) => !recode.merged.includes(option.code));
  return [...optionLabels(kept), { code: recode.otherCode, label: recode.otherLabel }];
}

function describeRecode(recode: QuasiIdentifierRecode): string {
  if (recode.kind === "bands")
    return ` Coarsened for anonymity: the answer is replaced by its band (${recode.bands.map((band) => `${band.code} = ${band.label}`).join(", ")}).`;
  if (recode.kind === "merge")
    return ` Coarsened for anonymity: codes ${recode.merged.join(", ")} are merged into ${recode.otherCode} ("${recode.otherLabel}").`;
  return " Suppressed for anonymity: every value is left empty.";
}

/** The note on every quasi-identifier column when some rows are suppressed locally. */
export function localSuppressionNote(rows: number, k: number): string {
  return `Locally suppressed for anonymity: empty in the ${rows} ${rows === 1 ? "row" : "rows"} whose quasi-identifiers were all blanked because they stayed in classes smaller than k = ${k}; the rest of those rows is kept.`;
}

function fieldColumns(
  field: AnswerField,
  recode: QuasiIdentifierRecode | null,
  localNote: string,
): ExportColumn[] {
  const { item } = field;
  const question = field.text.en;
  const base = field.stem ? `${field.stem.en} — ${question}` : question;
  const note = `${recode ? describeRecode(recode) : ""}${item.quasiIdentifier && recode?.kind !== "suppress" ? localNote : ""}`;
  const missingCodes = (field.options ?? [])
    .filter((option) => option.missingForScoring)
    .map((option) => option.code);
  const common = {
    label: question,
    shortLabel: question,
    missingCodes,
    ordered: false,
    range: null,
    maxLength: null,
  };
  if (item.type === "multiple") {
    return item.options.map((option) => ({
      ...common,
      name: `${item.id}_${option.code}`,
      label: `${question} — ${option.label.en}`,
      shortLabel: `${item.id}: ${option.label.en}`,
      description: `${base} Option ${option.code} "${option.label.en}": 1 selected, 0 not selected; empty when the question was not answered.${note}`,
      type: "integer",
      valueLabels: recode ? null : SELECTED_LABELS,
      missingCodes: [],
      source: { kind: "option", field, code: option.code, recode },
    }));
  }
  const source = { kind: "answer", field, recode } as const;
  if (recode?.kind === "bands") {
    return [
      {
        ...common,
        name: `${field.id}_band`,
        description: `${base}${note}`,
        type: "integer",
        valueLabels: recode.bands.map((band) => ({ code: band.code, label: band.label })),
        ordered: true,
        source,
      },
    ];
  }
  if (item.type === "numeric") {
    const integer = Number.isInteger(item.min) && Number.isInteger(item.step);
    const unit = item.unit ? ` (${item.unit.en})` : "";
    return [
      {
        ...common,
        name: field.id,
        description: `${base}${unit} Range ${item.min} to ${item.max}.${note}`,
        type: integer ? "integer" : "number",
        valueLabels: null,
        range: recode ? null : { min: item.min, max: item.max },
        source,
      },
    ];
  }
  if (item.type === "text") {
    return [
      {
        ...common,
        name: field.id,
        description: `${base} Free text (line breaks replaced by spaces); answers a researcher hid read "[hidden by researcher]"; text starting with = + - @ (or tab, CR, LF, or a full-width ＝ ＋ － ＠) gets a leading ' against formula injection.${note}`,
        type: "string",
        valueLabels: null,
        maxLength: item.maxLength,
        source,
      },
    ];
  }
  const options = field.options ?? [];
  const valueLabels =
    recode?.kind === "merge" ? recodedLabels(options, recode) : recode ? null : optionLabels(options);
  return [
    {
      ...common,
      name: field.id,
      description: `${base}${note}`,
      type: "integer",
      valueLabels,
      ordered: (item.type === "likert" || item.type === "matrix") && missingCodes.length === 0 && !recode,
      source,
    },
  ];
}

/**
 * The columns of the wide CSV, in order: response metadata, every variable in definition order
 * (answerFields; multiple choice as one 0/1 column per option), then scale scores and derived
 * variables. The one list that the CSV, datapackage.json and the R, SPSS and Stata files share.
 *
 * @throws Error when the coarsening names a variable that is not a quasi-identifier of the definition
 */
export function exportColumns(definition: InstrumentDefinition, coarsen?: Coarsening | null): ExportColumn[] {
  const fields = answerFields(definition);
  const recodes = coarsen?.recodes ?? {};
  for (const id of Object.keys(recodes)) {
    const field = fields.find((candidate) => candidate.id === id);
    if (!field?.item.quasiIdentifier)
      throw new Error(`exportColumns: the coarsening names "${id}", which is not a quasi-identifier`);
  }
  const suppressed = scoresComputedFrom(definition, new Set(Object.keys(recodes)));
  const blanked = coarsen?.suppressedResponses?.length ?? 0;
  const quasiIdentifiers = fields.filter((field) => field.item.quasiIdentifier).map((field) => field.id);
  const local = scoresComputedFrom(definition, new Set(blanked > 0 ? quasiIdentifiers : []));
  const localNote = blanked > 0 ? ` ${localSuppressionNote(blanked, coarsen?.k ?? 0)}` : "";
  const scoreNote = (id: string) =>
    suppressed.has(id)
      ? " Suppressed (left empty): it is computed from a coarsened quasi-identifier."
      : local.has(id)
        ? `${localNote} It is computed from a quasi-identifier, so it is empty in those rows too.`
        : "";
  const meta = META_COLUMNS.map((column) => ({
    ...column,
    shortLabel: column.label,
    missingCodes: [],
    ordered: false,
    range: null,
    maxLength:
      column.name === "response_id"
        ? RESPONSE_ID_MAX_LENGTH
        : column.name === "excluded"
          ? EXCLUDED_MAX_LENGTH
          : null,
  }));
  const scoreColumn = (
    kind: "scale" | "derived",
    id: string,
    label: string,
    description: string,
  ): ExportColumn => ({
    name: id,
    label,
    shortLabel: label,
    description: `${description}${scoreNote(id)}`,
    type: "number",
    valueLabels: null,
    missingCodes: [],
    ordered: false,
    range: null,
    maxLength: null,
    source: {
      kind,
      id,
      suppressed: suppressed.has(id),
      locallySuppressed: !suppressed.has(id) && local.has(id),
    },
  });
  return [
    ...meta,
    ...fields.flatMap((field) => fieldColumns(field, recodes[field.id] ?? null, localNote)),
    ...definition.scales.map((scale) =>
      scoreColumn(
        "scale",
        scale.id,
        scale.label.en,
        `${scale.description?.en ?? scale.label.en} Scale score (${scale.aggregation} of ${scale.items.join(", ")}); empty when too few items were answered.`,
      ),
    ),
    ...definition.derived.map((variable) =>
      scoreColumn(
        "derived",
        variable.id,
        variable.label.en,
        `${variable.label.en}: ${variable.of[0]} − ${variable.of[1]}; empty when either is missing.`,
      ),
    ),
  ];
}

import type { DataColumn, DataColumnSource, ValueLabel } from "../instrument/columns/column-types";
import { questionWording } from "../instrument/columns/answer-columns";
import { dataColumns } from "../instrument/columns/data-columns";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import {
  columnMissingReasons,
  type MissingCode,
  type MissingReason,
  missingCodes,
} from "../instrument/missing-codes";
import { type AnswerField, answerFields } from "../instrument/traversal";
import type { ExportColumn } from "./export-column-types";
import type { Coarsening, QuasiIdentifierRecode } from "./export-types";
import { scoresComputedFrom } from "./scores-computed-from";
import { LANGUAGE_QUASI_IDENTIFIER } from "../analysis/disclosure";

export type { ColumnSource, ColumnType, ExportColumn, MetaColumn, ValueLabel } from "./export-column-types";

/** What a coarsening plan changes in the columns: the recodes, the scores it empties and the note on them. */
type ColumnPlan = {
  recodes: Record<string, QuasiIdentifierRecode>;
  /** Scores computed from a recoded variable: empty in every row. */
  suppressed: Set<string>;
  /** Scores computed from any quasi-identifier: empty in the locally suppressed rows. */
  local: Set<string>;
  /** The sentence on the locally suppressed rows (with a leading space), or "" when there are none. */
  localNote: string;
};

type AnswerSource = Extract<DataColumnSource, { kind: "answer" | "option" }>;
type ScoreSource = Extract<DataColumnSource, { kind: "scale" | "derived" }>;

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

function checkRecodesAreQuasiIdentifiers(
  definition: InstrumentDefinition,
  fields: AnswerField[],
  recodes: Coarsening["recodes"],
): void {
  for (const id of Object.keys(recodes)) {
    if (id === LANGUAGE_QUASI_IDENTIFIER && definition.languages.length > 1) continue;
    const field = fields.find((candidate) => candidate.id === id);
    if (!field?.item.quasiIdentifier)
      throw new Error(`exportColumns: the coarsening names "${id}", which is not a quasi-identifier`);
  }
}

function columnPlan(definition: InstrumentDefinition, coarsen: Coarsening | null | undefined): ColumnPlan {
  const fields = answerFields(definition);
  const recodes = coarsen?.recodes ?? {};
  checkRecodesAreQuasiIdentifiers(definition, fields, recodes);
  const blanked = coarsen?.suppressedResponses?.length ?? 0;
  const quasiIdentifiers = fields.filter((field) => field.item.quasiIdentifier).map((field) => field.id);
  return {
    recodes,
    suppressed: scoresComputedFrom(definition, new Set(Object.keys(recodes))),
    local: scoresComputedFrom(definition, new Set(blanked > 0 ? quasiIdentifiers : [])),
    localNote: blanked > 0 ? ` ${localSuppressionNote(blanked, coarsen?.k ?? 0)}` : "",
  };
}

type ColumnWithoutCodes = Omit<ExportColumn, "reasonCodes">;

/** The language column (a survey in several languages): a quasi-identifier, noted as the plan treats it. */
function coarsenLanguage(column: DataColumn, plan: ColumnPlan): ColumnWithoutCodes {
  const recode = plan.recodes[LANGUAGE_QUASI_IDENTIFIER];
  const note = recode ? describeRecode(recode) : plan.localNote;
  return {
    ...column,
    description: `${column.description}${note}`,
    source: { kind: "meta", key: "language" },
  };
}

/** The reasons a column's empty cells are written as codes for: none when disclosure control empties it. */
function columnReasons(column: ColumnWithoutCodes): MissingReason[] {
  const { source } = column;
  if (source.kind === "answer" && source.recode?.kind === "suppress") return [];
  if (source.kind === "option" && source.recode) return [];
  if ((source.kind === "scale" || source.kind === "derived") && source.suppressed) return [];
  return columnMissingReasons(source);
}

/** A banded numeric answer: `<item>_band`, the band codes with their labels, ordered. */
function bandColumn(
  column: DataColumn,
  source: AnswerSource,
  recode: QuasiIdentifierRecode & { kind: "bands" },
  note: string,
): ColumnWithoutCodes {
  return {
    ...column,
    name: `${source.field.id}_band`,
    description: `${questionWording(source.field)}${note}`,
    type: "integer",
    valueLabels: recode.bands.map((band) => ({ code: band.code, label: band.label })),
    ordered: true,
    range: null,
    maxLength: null,
    source: { ...source, recode },
  };
}

/** A coded answer's value labels after a recode: merged codes give way to the new one; otherwise none. */
function recodedLabels(
  labels: ValueLabel[] | null,
  recode: QuasiIdentifierRecode | null,
): ValueLabel[] | null {
  if (!labels || !recode) return labels;
  if (recode.kind !== "merge") return null;
  const kept = labels.filter((label) => !recode.merged.includes(label.code));
  return [...kept, { code: recode.otherCode, label: recode.otherLabel }];
}

/** An answer's column after the plan: recoded as it says, and noted (the recode, the locally suppressed rows). */
function coarsenAnswer(column: DataColumn, source: AnswerSource, plan: ColumnPlan): ColumnWithoutCodes {
  const { field } = source;
  const recode = plan.recodes[field.id] ?? null;
  const note = `${recode ? describeRecode(recode) : ""}${field.item.quasiIdentifier && recode?.kind !== "suppress" ? plan.localNote : ""}`;
  if (source.kind === "answer" && recode?.kind === "bands") return bandColumn(column, source, recode, note);
  return {
    ...column,
    description: `${column.description}${note}`,
    valueLabels: source.kind === "option" && recode ? null : recodedLabels(column.valueLabels, recode),
    ordered: column.ordered && !recode,
    range: recode ? null : column.range,
    source: { ...source, recode },
  };
}

/** A score's column after the plan: emptied when it is computed from a recoded or locally suppressed variable. */
function coarsenScore(column: DataColumn, source: ScoreSource, plan: ColumnPlan): ColumnWithoutCodes {
  const suppressed = plan.suppressed.has(source.id);
  const note = suppressed
    ? " Suppressed (left empty): it is computed from a coarsened quasi-identifier."
    : plan.local.has(source.id)
      ? `${plan.localNote} It is computed from a quasi-identifier, so it is empty in those rows too.`
      : "";
  return {
    ...column,
    description: `${column.description}${note}`,
    source: { ...source, suppressed, locallySuppressed: !suppressed && plan.local.has(source.id) },
  };
}

/**
 * The columns of the wide CSV, in order: the definition's columns (dataColumns: response metadata, every
 * variable, then scale scores and derived variables) with the coarsening plan applied. The one list that the
 * CSV, datapackage.json and the R, SPSS and Stata files share.
 *
 * @throws Error when the coarsening names a variable that is not a quasi-identifier of the definition
 */
export function exportColumns(definition: InstrumentDefinition, coarsen?: Coarsening | null): ExportColumn[] {
  const plan = columnPlan(definition, coarsen);
  const codes = missingCodes(definition);
  const withCodes = (column: ColumnWithoutCodes): ExportColumn => {
    const reasons = columnReasons(column);
    const reasonCodes: MissingCode[] = codes.filter((entry) => reasons.includes(entry.reason));
    return { ...column, reasonCodes };
  };
  return dataColumns(definition).map((column): ExportColumn => {
    const { source } = column;
    if (source.kind === "meta" && source.key === "language") return withCodes(coarsenLanguage(column, plan));
    if (source.kind === "meta") return withCodes({ ...column, source });
    if (source.kind === "answer" || source.kind === "option")
      return withCodes(coarsenAnswer(column, source, plan));
    return withCodes(coarsenScore(column, source, plan));
  });
}

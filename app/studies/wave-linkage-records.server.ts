import { prisma } from "~/db.server";
import { responseAnswers, storedIdentificationCode } from "~/surveys/stored-answers";
import type { LinkageOptions, LinkageRecord } from "../../analysis/linkage";
import { SUPPORT_LEVELS } from "../../analysis/charts";
import { SURVEY_ROLES, supportLevels } from "../../analysis/survey";
import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { scoreResponse } from "../../instrument/scoring";
import { answerFields, type AnswerField } from "../../instrument/traversal";

/** A wave's complete responses as the linkage reads them, and how many of them carry no stored code. */
export type WaveLinkageRecords = { records: LinkageRecord[]; withoutCode: number };

/** The first field marked as this kind of quasi-identifier: the definition says which answer is the region. */
const fieldOfKind = (fields: AnswerField[], kind: string) =>
  fields.find((field) => "quasiIdentifier" in field.item && field.item.quasiIdentifier?.kind === kind);

const numberAnswer = (answers: Answers, field: AnswerField | undefined): number | null => {
  const value = field ? answers[field.id] : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

function optionLabel(answers: Answers, field: AnswerField | undefined): string | null {
  const code = numberAnswer(answers, field);
  const option = field?.options?.find((candidate) => candidate.code === code);
  return option ? option.label.en : null;
}

type Row = { id: string; answers: Answers; code: (string | null)[] | null };

/**
 * Turns stored rows into linkage records: the code in the study's element order; region and years in support
 * (the definition's region and tenure quasi-identifiers) to verify links; role and institutional-support
 * tertile as the report's subgroups; every scale score as a baseline variable for the linkage-bias table.
 */
export function linkageRecordsFrom(definition: InstrumentDefinition, rows: readonly Row[]): LinkageRecord[] {
  const fields = answerFields(definition);
  const region = fieldOfKind(fields, "region");
  const tenure = fieldOfKind(fields, "tenure");
  const role = fieldOfKind(fields, "role");
  const coded = rows.filter((row): row is Row & { code: (string | null)[] } => row.code !== null);
  const scores = coded.map((row) => scoreResponse(definition, row.answers));
  const support = supportLevels(
    Float64Array.from(scores, (score) => score[SURVEY_ROLES.support] ?? Number.NaN),
  );
  return coded.map((row, index) => {
    const level = support.level[index]!;
    const groups: Record<string, string> = {};
    const roleLabel = optionLabel(row.answers, role);
    if (roleLabel) groups.role = roleLabel;
    if (level >= 0) groups["institutional support"] = SUPPORT_LEVELS[level]!;
    return {
      id: row.id,
      code: row.code,
      region: numberAnswer(row.answers, region),
      yearsInSupport: numberAnswer(row.answers, tenure),
      groups,
      baseline: Object.fromEntries(
        definition.scales.map((scale) => [scale.id, scores[index]![scale.id] ?? null]),
      ),
    };
  });
}

/**
 * How the report orders and names what linkageRecordsFrom puts in the records: role in the definition's option
 * order, then institutional support low, middle, high; the baseline scales in the definition's order, by their
 * English labels.
 */
export function linkageReportOrder(
  definition: InstrumentDefinition,
): Required<Pick<LinkageOptions, "groupOrder" | "baselineLabels">> {
  const role = fieldOfKind(answerFields(definition), "role");
  return {
    groupOrder: {
      role: (role?.options ?? []).map((option) => option.label.en),
      "institutional support": [...SUPPORT_LEVELS],
    },
    baselineLabels: Object.fromEntries(definition.scales.map((scale) => [scale.id, scale.label.en])),
  };
}

/** A stored code in the study's element order; an element the row lacks counts as "I don't know". */
function inStudyOrder(responseId: string, json: string, elementIds: readonly string[]): (string | null)[] {
  const parsed = storedIdentificationCode.safeDecode(json);
  // A row that cannot be read stops the reader with its id (decision 017), never a guess.
  if (!parsed.success)
    throw new Error(`The identification code stored with response ${responseId} cannot be read.`);
  return elementIds.map((id) => parsed.data[id] ?? null);
}

/** Reads a wave's complete responses (every instrument version) with their stored codes. Reads only. */
export async function waveLinkageRecords(
  surveyId: string,
  definition: InstrumentDefinition,
  elementIds: readonly string[],
): Promise<WaveLinkageRecords> {
  const rows = await prisma.response.findMany({
    where: { instrumentVersion: { surveyId }, completion: "complete" },
    orderBy: { id: "asc" },
    select: { id: true, answers: true, identificationCode: { select: { elements: true } } },
  });
  const read = rows.map((row) => ({
    id: row.id,
    answers: responseAnswers(row),
    code: row.identificationCode ? inStudyOrder(row.id, row.identificationCode.elements, elementIds) : null,
  }));
  return {
    records: linkageRecordsFrom(definition, read),
    withoutCode: read.filter((row) => row.code === null).length,
  };
}

// One response in the lab: its answers page by page, scores, quality flags with their reasons and its
// exclusion state. Reading one is an audited read (docs/decisions/033): each view records who opened which
// response, and a request nobody looks at (a prefetch, an image, a cross-site fetch) is refused unread.
import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import { qualityRule, type QualityIndexId } from "~/surveys/quality-rules";
import { responseAnswers, storedIdentificationCode } from "~/surveys/stored-answers";
import { scoreResponse } from "../../instrument/scoring";
import { flagDetail } from "./quality-detail";
import { buildResponseView, type ResponseSection, type ScoreEntry, scoreEntries } from "./response-view";
import { surveyQuality } from "./survey-quality.server";

/** The lab reads in the instrument's first language, as the free-text review does. */
const LAB_LANGUAGE = "en";

export type ResponseFlag = { id: QualityIndexId; label: string; reason: string };

export type ResponseDetail = {
  id: string;
  version: number;
  submittedOn: string;
  completion: string;
  language: string;
  isSynthetic: boolean;
  durationSeconds: number | null;
  sections: ResponseSection[];
  scores: ScoreEntry[];
  flags: ResponseFlag[];
  exclusions: { reason: string; detail: string | null }[];
  /** Free-text items hidden from exports. */
  hiddenItems: string[];
  /** How many of the identification code's elements were given (not "I don't know"); never the hashes. */
  identificationCode: { given: number; of: number } | null;
};

/** A count, no more: the hashes themselves stay out of the lab (decision 059). */
function codeSummary(elements: string | null | undefined): ResponseDetail["identificationCode"] {
  if (!elements) return null;
  const stored = storedIdentificationCode.parse(elements);
  const values = Object.values(stored);
  return { given: values.filter((value) => value !== null).length, of: values.length };
}

type SurveyRef = { id: string; slug: string };

/** The quality flags of one response, each with the value and threshold that set it off. */
async function flagsOf(surveyId: string, responseId: string): Promise<ResponseFlag[]> {
  const { responses, versions } = await surveyQuality(surveyId);
  const response = responses.find((candidate) => candidate.id === responseId);
  if (!response) return [];
  const version = versions.find((summary) => summary.version === response.version);
  return response.flagged.map((id) => ({
    id,
    label: qualityRule(id).label,
    reason: flagDetail(id, response, version),
  }));
}

/** One response of the survey, or null when there is none with this id in this survey. */
export async function loadResponseDetail(
  surveyId: string,
  responseId: string,
): Promise<ResponseDetail | null> {
  const row = await prisma.response.findFirst({
    where: { id: responseId, instrumentVersion: { surveyId } },
    select: {
      id: true,
      instrumentVersionId: true,
      answers: true,
      completion: true,
      submittedOn: true,
      language: true,
      isSynthetic: true,
      durationSeconds: true,
      exclusions: { select: { reason: true, detail: true }, orderBy: { reason: "asc" } },
      hiddenTexts: { select: { itemId: true }, orderBy: { itemId: "asc" } },
      identificationCode: { select: { elements: true } },
    },
  });
  if (!row) return null;
  const record = await instrumentVersionById(row.instrumentVersionId);
  if (!record) return null;
  const answers = responseAnswers(row);
  const { definition } = record;
  return {
    id: row.id,
    version: record.version,
    submittedOn: row.submittedOn,
    completion: row.completion,
    language: row.language,
    isSynthetic: row.isSynthetic,
    durationSeconds: row.durationSeconds,
    sections: buildResponseView(definition, answers, LAB_LANGUAGE),
    scores: scoreEntries(definition, scoreResponse(definition, answers), LAB_LANGUAGE),
    flags: await flagsOf(surveyId, row.id),
    exclusions: row.exclusions,
    hiddenItems: row.hiddenTexts.map((hidden) => hidden.itemId),
    identificationCode: codeSummary(row.identificationCode?.elements),
  };
}

/** Records that a researcher opened one response (one entry per view). */
export async function recordResponseView(researcherId: string, survey: SurveyRef, responseId: string) {
  await recordAuditEvent({
    researcherId,
    action: "response-viewed",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: `response ${responseId}`,
  });
}

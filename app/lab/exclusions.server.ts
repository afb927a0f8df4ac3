// Researchers' exclusion decisions: by index (every response the index flags) or one response at a time.
// Each is stored in `Exclusion` (which the analysis loader reads) and recorded in the audit trail.
import { AUDIT_DETAIL_MAX_LENGTH, recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { flagDetail, thresholdText } from "./quality-detail";
import {
  compareExclusionReasons,
  MANUAL_EXCLUSION_REASON,
  qualityRule,
  type QualityIndexId,
} from "~/surveys/quality-rules";
import { surveyQuality } from "./survey-quality.server";

type SurveyRef = { id: string; slug: string };

const target = (survey: SurveyRef) => `survey:${survey.slug}`;
const ofSurvey = (survey: SurveyRef) => ({ response: { instrumentVersion: { surveyId: survey.id } } });

/**
 * Excludes every response the index flags now, each with its value and threshold in `detail` (a response
 * already excluded for this index gets its detail refreshed). Responses flagged later are not excluded
 * until a researcher does this again. Returns how many responses are excluded for the index.
 */
export async function excludeFlagged(
  researcherId: string,
  survey: SurveyRef,
  index: QualityIndexId,
): Promise<number> {
  const { responses, versions } = await surveyQuality(survey.id);
  const flagged = responses.filter((response) => response.flagged.includes(index));
  const rows = flagged.map((response) => ({
    responseId: response.id,
    reason: index,
    detail: flagDetail(
      index,
      response,
      versions.find((version) => version.version === response.version),
    ),
    researcherId,
  }));
  // Two plain statements, not a prisma.$transaction: on the adapter's shared connection a
  // transaction would take in other requests' writes (app/database/sqlite-write-queue.server.ts). Repeating the
  // action after a failure between them restores the same state.
  await prisma.exclusion.deleteMany({
    where: { reason: index, responseId: { in: rows.map((row) => row.responseId) } },
  });
  await prisma.exclusion.createMany({ data: rows });
  const thresholds = versions.map((version) => thresholdText(index, version)).join("; ");
  await recordAuditEvent({
    researcherId,
    action: "exclusion",
    target: target(survey),
    surveyId: survey.id,
    detail:
      `${index}: excluded ${rows.length} flagged response${rows.length === 1 ? "" : "s"} (${thresholds}). ${qualityRule(index).rule}`.slice(
        0,
        AUDIT_DETAIL_MAX_LENGTH,
      ),
  });
  return rows.length;
}

/** Takes back an index's exclusions: its responses return to the analysis unless excluded for another reason. */
export async function includeFlagged(
  researcherId: string,
  survey: SurveyRef,
  index: QualityIndexId,
): Promise<number> {
  const { count } = await prisma.exclusion.deleteMany({ where: { reason: index, ...ofSurvey(survey) } });
  await recordAuditEvent({
    researcherId,
    action: "exclusion-removed",
    target: target(survey),
    surveyId: survey.id,
    detail: `${index}: included ${count} response${count === 1 ? "" : "s"} again`,
  });
  return count;
}

async function requireResponseOfSurvey(survey: SurveyRef, responseId: string): Promise<void> {
  const found = await prisma.response.findFirst({
    where: { id: responseId, instrumentVersion: { surveyId: survey.id } },
    select: { id: true },
  });
  if (!found) throw new Response("There is no such response in this survey.", { status: 404 });
}

/** Excludes one response, with the researcher's reason as the detail. */
export async function excludeResponse(
  researcherId: string,
  survey: SurveyRef,
  responseId: string,
  reason: string,
): Promise<void> {
  await requireResponseOfSurvey(survey, responseId);
  await prisma.exclusion.upsert({
    where: { responseId_reason: { responseId, reason: MANUAL_EXCLUSION_REASON } },
    create: { responseId, reason: MANUAL_EXCLUSION_REASON, detail: reason, researcherId },
    update: { detail: reason, researcherId },
  });
  await recordAuditEvent({
    researcherId,
    action: "exclusion",
    target: target(survey),
    surveyId: survey.id,
    detail: `manual: response ${responseId}: ${reason}`,
  });
}

/** Restores one response to the analysis: removes all of its exclusions, whatever their reason. */
export async function restoreResponse(
  researcherId: string,
  survey: SurveyRef,
  responseId: string,
): Promise<number> {
  await requireResponseOfSurvey(survey, responseId);
  const existing = await prisma.exclusion.findMany({ where: { responseId }, select: { reason: true } });
  await prisma.exclusion.deleteMany({ where: { responseId } });
  // In the order the methods box lists them, whatever order the database returns the rows in.
  const reasons =
    existing
      .map((row) => row.reason)
      .sort(compareExclusionReasons)
      .join(", ") || "none";
  await recordAuditEvent({
    researcherId,
    action: "exclusion-removed",
    target: target(survey),
    surveyId: survey.id,
    detail: `response ${responseId} restored (was excluded for: ${reasons})`,
  });
  return existing.length;
}

import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { createInvitationCodes } from "./invitation-codes.server";

/*
 * The lab's side of invitation codes (invitation-codes.server.ts): require them or
 * not, make a batch, count them. Codes exist in plain text only in the answer to the request that
 * made them; the audit trail records how many, never which.
 */

type SurveyRef = { id: string; slug: string };

/** From now on, new respondents must (or need not) type a code on the first page; audited. */
export async function setInvitationRequirement(
  researcherId: string,
  survey: SurveyRef,
  required: boolean,
): Promise<void> {
  await prisma.survey.update({ where: { id: survey.id }, data: { requiresInvitation: required } });
  await recordAuditEvent({
    researcherId,
    action: required ? "invitations-required" : "invitations-not-required",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
  });
}

/** Makes `count` codes (1 to MAX_CODES_PER_BATCH) and returns them: the only time anyone sees them. Audited with the count only. */
export async function issueInvitationCodes(
  researcherId: string,
  survey: SurveyRef,
  count: number,
): Promise<string[]> {
  const codes = await createInvitationCodes(survey.id, count);
  await recordAuditEvent({
    researcherId,
    action: "invitation-codes",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: `${count.toLocaleString("en")} ${count === 1 ? "code" : "codes"} generated`,
  });
  return codes;
}

export type InvitationCodeCounts = { issued: number; used: number; unused: number };

export async function invitationCodeCounts(surveyId: string): Promise<InvitationCodeCounts> {
  const [issued, used] = await Promise.all([
    prisma.invitationCode.count({ where: { surveyId } }),
    prisma.invitationCode.count({ where: { surveyId, usedOn: { not: null } } }),
  ]);
  return { issued, used, unused: issued - used };
}

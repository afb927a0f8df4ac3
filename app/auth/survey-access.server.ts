import { prisma } from "~/db.server";
import { requireSurveySlug } from "~/surveys/survey-slug";
import { findSurveyBySlug, type SurveyRecord } from "~/surveys/surveys.server";
import { requireLabAction } from "./lab-action.server";
import { recordRefusedAttempt } from "./refused-attempts.server";
import { type LabSession, requireLabSession } from "./session.server";
import {
  type Membership,
  membershipAllows,
  permissionNeededSentence,
  type SurveyPermission,
  surveyRoleSchema,
} from "./survey-roles";

export type SurveyAccess = LabSession & { survey: SurveyRecord; membership: Membership };

/** The signed-in researcher's role on a survey, or null when they are not a member. */
export async function findMembership(surveyId: string, researcherId: string): Promise<Membership | null> {
  const row = await prisma.surveyMembership.findUnique({
    where: { surveyId_researcherId: { surveyId, researcherId } },
    select: { role: true, responseLevelAccess: true },
  });
  if (!row) return null;
  const role = surveyRoleSchema.safeParse(row.role);
  // A role this version does not know grants nothing rather than something.
  return role.success ? { role: role.data, responseLevelAccess: row.responseLevelAccess } : null;
}

/**
 * Checks one signed-in session against one survey and permission. A non-member gets the same 404
 * as a survey that does not exist (its existence is not revealed); a member without the right gets
 * 403 with the sentence naming the role that has it. Both refusals are counted, never acted on.
 */
async function checkSurveyPermission(
  session: LabSession,
  params: unknown,
  permission: SurveyPermission,
): Promise<SurveyAccess> {
  const survey = await findSurveyBySlug(requireSurveySlug(params));
  if (!survey) throw new Response("Not found", { status: 404 });
  const membership = await findMembership(survey.id, session.researcherId);
  if (!membership) {
    await recordRefusedAttempt({
      researcherId: session.researcherId,
      surveyId: survey.id,
      permission: "membership",
    });
    throw new Response("Not found", { status: 404 });
  }
  if (!membershipAllows(membership, permission)) {
    await recordRefusedAttempt({ researcherId: session.researcherId, surveyId: survey.id, permission });
    throw new Response(permissionNeededSentence(permission), {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return { ...session, survey, membership };
}

/** The gate of every /lab/surveys/$slug loader: a session, a membership and the right asked for. */
export async function requireSurveyPermission(
  request: Request,
  params: unknown,
  permission: SurveyPermission,
): Promise<SurveyAccess> {
  return checkSurveyPermission(await requireLabSession(request), params, permission);
}

/**
 * The gate of every /lab/surveys/$slug action: the lab action checks (same-site, session, CSRF),
 * then the right the submitted button needs. `permissionFor` reads the form's `intent` when one
 * route's buttons need different rights.
 */
export async function requireSurveyActionPermission(
  request: Request,
  params: unknown,
  permissionFor: SurveyPermission | ((formData: FormData) => SurveyPermission),
): Promise<SurveyAccess & { formData: FormData }> {
  const { formData, ...session } = await requireLabAction(request);
  const permission = typeof permissionFor === "function" ? permissionFor(formData) : permissionFor;
  return { ...(await checkSurveyPermission(session, params, permission)), formData };
}

/**
 * For lab pages outside one survey's tabs (the findings page): the sentence refusing `permission` on
 * the survey, or null when the researcher holds it. A non-member reads the same sentence as a member
 * without the right; either refusal is counted.
 */
export async function surveyPermissionRefusal(
  researcherId: string,
  surveyId: string,
  permission: SurveyPermission,
): Promise<string | null> {
  const membership = await findMembership(surveyId, researcherId);
  if (membership && membershipAllows(membership, permission)) return null;
  await recordRefusedAttempt({ researcherId, surveyId, permission: membership ? permission : "membership" });
  return permissionNeededSentence(permission);
}

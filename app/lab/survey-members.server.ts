import { recordAuditEvent } from "~/audit/audit.server";
import { type SurveyRole, surveyRoleSchema } from "~/auth/survey-roles";
import { run, type SqlValue, type SqlWork } from "~/database/sql";
import { prisma, writeTransaction } from "~/db.server";
import type { MemberForm } from "./survey-member-forms";

export type SurveyMemberRow = {
  researcherId: string;
  email: string;
  role: SurveyRole;
  responseLevelAccess: boolean;
  deactivated: boolean;
};

/** The survey's members, owners first, then by e-mail. */
export async function listSurveyMembers(surveyId: string): Promise<SurveyMemberRow[]> {
  const rows = await prisma.surveyMembership.findMany({
    where: { surveyId },
    select: {
      role: true,
      responseLevelAccess: true,
      researcher: { select: { id: true, email: true, deactivatedAt: true } },
    },
  });
  const order = (role: SurveyRole) => ["owner", "editor", "analyst", "viewer"].indexOf(role);
  return rows
    .map((row) => ({
      researcherId: row.researcher.id,
      email: row.researcher.email,
      role: surveyRoleSchema.catch("viewer").parse(row.role),
      responseLevelAccess: row.responseLevelAccess,
      deactivated: row.researcher.deactivatedAt !== null,
    }))
    .sort((a, b) => order(a.role) - order(b.role) || a.email.localeCompare(b.email));
}

export type MemberOutcome = { ok: true; notice: string } | { ok: false; field: string; message: string };
type Survey = { id: string; slug: string };

const NOT_A_MEMBER: Step = {
  ok: false,
  field: "memberId",
  message: "That account is not a member of this survey.",
};
const LAST_OWNER =
  "This survey would have no owner left. Make another member owner first; an owner must always remain.";

/** Owners, adds, role changes, access and removals: one change per request, checked and audited. */
export async function changeSurveyMembers(
  actorId: string,
  survey: Survey,
  form: MemberForm,
): Promise<MemberOutcome> {
  // Not an interactive prisma.$transaction (see app/database/sqlite-write-queue.server.ts): the writes that
  // could leave a survey without an owner go through the database door instead (changeKeepingAnOwner).
  const outcome = await (() => {
    switch (form.intent) {
      case "add":
        return addMember(survey.id, form.email, form.role);
      case "change-role":
        return changeRole(survey.id, actorId, form.memberId, form.role);
      case "response-access":
        return setResponseAccess(survey.id, form.memberId, form.grant === "yes");
      case "remove":
        return removeMember(survey.id, form.memberId);
    }
  })();
  if (outcome.ok) {
    await recordAuditEvent({
      researcherId: actorId,
      action: outcome.action,
      target: `survey:${survey.slug}`,
      detail: outcome.detail,
      surveyId: survey.id,
    });
  }
  return outcome.ok ? { ok: true, notice: outcome.notice } : outcome;
}

type Done = {
  ok: true;
  notice: string;
  action: "member-added" | "member-role-changed" | "member-removed";
  detail: string;
};
type Step = Done | { ok: false; field: string; message: string };

async function addMember(surveyId: string, email: string, role: SurveyRole): Promise<Step> {
  const account = await prisma.researcher.findUnique({
    where: { email },
    select: { id: true, deactivatedAt: true },
  });
  if (!account)
    return {
      ok: false,
      field: "email",
      message: "No account uses that e-mail address; a site administrator creates accounts.",
    };
  if (account.deactivatedAt)
    return {
      ok: false,
      field: "email",
      message: "That account is deactivated; a site administrator can reactivate it.",
    };
  const existing = await prisma.surveyMembership.findUnique({
    where: { surveyId_researcherId: { surveyId, researcherId: account.id } },
  });
  if (existing)
    return {
      ok: false,
      field: "email",
      message: `${email} is already a member (${existing.role}); change the role in the list.`,
    };
  await prisma.surveyMembership.create({ data: { surveyId, researcherId: account.id, role } });
  return {
    ok: true,
    notice: `${email} is now ${role} of this survey.`,
    action: "member-added",
    detail: `${email} as ${role}`,
  };
}

/**
 * The condition, inside the statement that changes or removes a membership, that the survey keeps an
 * owner: the row is not an owner's, or another owner remains. Its one parameter is the survey's id.
 */
const KEEPS_AN_OWNER = `("role" <> 'owner' OR (SELECT COUNT(*) FROM "SurveyMembership" WHERE "surveyId" = ? AND "role" = 'owner') > 1)`;

/**
 * Runs `change` (an UPDATE or DELETE of one membership, ending in its WHERE clause) only if the survey
 * keeps an owner, and says whether it did: the check and the write are one statement, so two owners
 * demoting each other at the same moment cannot both pass it, as they could pass a check made before.
 * On PostgreSQL that alone is not enough: at READ COMMITTED each statement counts the owners committed
 * when it started, so two statements on two different rows would each count two. The survey's row is
 * therefore locked first by an update that changes nothing (the same SQL on both databases; it takes
 * no key lock, so respondents' inserts referring to the survey do not wait): the second change waits
 * for the first to commit, and its own statement, started afterwards, counts what the first left.
 * On SQLite the write queue runs the whole work alone anyway.
 */
function* changeKeepingAnOwner(surveyId: string, change: string, ...params: SqlValue[]): SqlWork<boolean> {
  yield* run('UPDATE "Survey" SET "status" = "status" WHERE "id" = ?', surveyId);
  return (yield* run(`${change} AND ${KEEPS_AN_OWNER}`, ...params, surveyId)).changes > 0;
}

async function otherOwners(surveyId: string, researcherId: string): Promise<number> {
  return prisma.surveyMembership.count({
    where: { surveyId, role: "owner", researcherId: { not: researcherId } },
  });
}

async function memberOf(surveyId: string, researcherId: string) {
  return prisma.surveyMembership.findUnique({
    where: { surveyId_researcherId: { surveyId, researcherId } },
    select: { role: true, researcher: { select: { email: true } } },
  });
}

async function changeRole(
  surveyId: string,
  actorId: string,
  researcherId: string,
  role: SurveyRole,
): Promise<Step> {
  const member = await memberOf(surveyId, researcherId);
  if (!member) return NOT_A_MEMBER;
  const email = member.researcher.email;
  if (member.role === role) return { ok: false, field: "role", message: `${email} is already ${role}.` };
  if (member.role === "owner" && (await otherOwners(surveyId, researcherId)) === 0) {
    const message = researcherId === actorId ? `You are the only owner. ${LAST_OWNER}` : LAST_OWNER;
    return { ok: false, field: "role", message };
  }
  // Response-level access is granted to an analyst as an analyst: a new role starts without it.
  const changed = await writeTransaction(() =>
    changeKeepingAnOwner(
      surveyId,
      'UPDATE "SurveyMembership" SET "role" = ?, "responseLevelAccess" = ? WHERE "surveyId" = ? AND "researcherId" = ?',
      role,
      false,
      surveyId,
      researcherId,
    ),
  );
  if (!changed) return { ok: false, field: "role", message: LAST_OWNER };
  const detail = `${email}: ${member.role} → ${role}`;
  return { ok: true, notice: `${email} is now ${role}.`, action: "member-role-changed", detail };
}

async function setResponseAccess(surveyId: string, researcherId: string, grant: boolean): Promise<Step> {
  const member = await memberOf(surveyId, researcherId);
  if (!member) return NOT_A_MEMBER;
  if (member.role !== "analyst")
    return {
      ok: false,
      field: "grant",
      message:
        "Response-level access is granted to analysts; owners always have it, editors and viewers never.",
    };
  await prisma.surveyMembership.update({
    where: { surveyId_researcherId: { surveyId, researcherId } },
    data: { responseLevelAccess: grant },
  });
  const email = member.researcher.email;
  const words = grant ? "granted response-level access" : "revoked response-level access";
  return {
    ok: true,
    notice: `${email}: ${words}.`,
    action: "member-role-changed",
    detail: `${email}: analyst, ${words}`,
  };
}

async function removeMember(surveyId: string, researcherId: string): Promise<Step> {
  const member = await memberOf(surveyId, researcherId);
  if (!member) return NOT_A_MEMBER;
  if (member.role === "owner" && (await otherOwners(surveyId, researcherId)) === 0)
    return { ok: false, field: "memberId", message: LAST_OWNER };
  const removed = await writeTransaction(() =>
    changeKeepingAnOwner(
      surveyId,
      'DELETE FROM "SurveyMembership" WHERE "surveyId" = ? AND "researcherId" = ?',
      surveyId,
      researcherId,
    ),
  );
  if (!removed) return { ok: false, field: "memberId", message: LAST_OWNER };
  const email = member.researcher.email;
  return {
    ok: true,
    notice: `${email} is no longer a member.`,
    action: "member-removed",
    detail: `${email} (was ${member.role})`,
  };
}

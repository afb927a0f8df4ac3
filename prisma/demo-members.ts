import type { PrismaClient } from "../generated/prisma/client";
import { createResearcher, DEMO_RESEARCHER_EMAIL } from "../app/auth/researchers.server";
import type { SurveyRole } from "../app/auth/survey-roles";

/** A second demo account, a viewer of the demo survey, to see the lab as a member with few rights. */
export const DEMO_STUDENT_EMAIL = "student@negative-space.example";
export const DEMO_STUDENT_PASSWORD = "demo-student-2026";

/** Makes the account with `email` a member of the survey with `role` unless it is one already. */
async function ensureMembership(db: PrismaClient, email: string, surveySlug: string, role: SurveyRole) {
  const [researcher, survey] = await Promise.all([
    db.researcher.findUnique({ where: { email }, select: { id: true } }),
    db.survey.findUnique({ where: { slug: surveySlug }, select: { id: true } }),
  ]);
  if (!researcher || !survey) return;
  await db.surveyMembership.upsert({
    where: { surveyId_researcherId: { surveyId: survey.id, researcherId: researcher.id } },
    create: { surveyId: survey.id, researcherId: researcher.id, role },
    update: {},
  });
}

/** Creates the demo student unless an account with its e-mail exists; true when created. */
export async function ensureDemoStudent(db: PrismaClient): Promise<boolean> {
  const existing = await db.researcher.findUnique({
    where: { email: DEMO_STUDENT_EMAIL },
    select: { id: true },
  });
  if (existing) return false;
  await createResearcher({ email: DEMO_STUDENT_EMAIL, password: DEMO_STUDENT_PASSWORD }, db);
  return true;
}

/**
 * The demo's memberships: the demo researcher owns the demo survey, the student views it. Running it
 * again adds nothing and changes no role someone set since.
 */
export async function ensureDemoMemberships(db: PrismaClient, surveySlug: string): Promise<void> {
  await ensureMembership(db, DEMO_RESEARCHER_EMAIL, surveySlug, "owner");
  await ensureMembership(db, DEMO_STUDENT_EMAIL, surveySlug, "viewer");
}

/**
 * `lab:add-researcher --replace-demo`: the new account takes the demo researcher's place on its surveys
 * (so the demo survey keeps an owner); the demo accounts leave them and the demo student is deactivated
 * with the demo researcher (accounts are never deleted: the audit trail names them, decision 039). Plain
 * statements, each safe to repeat, rather than an interactive transaction on the shared connection.
 */
export async function handOverDemoAccounts(db: PrismaClient, newResearcherEmail: string): Promise<void> {
  const [newResearcher, demos] = await Promise.all([
    db.researcher.findUniqueOrThrow({ where: { email: newResearcherEmail }, select: { id: true } }),
    db.researcher.findMany({
      where: { email: { in: [DEMO_RESEARCHER_EMAIL, DEMO_STUDENT_EMAIL] } },
      select: { id: true, email: true },
    }),
  ]);
  const demoResearcher = demos.find((account) => account.email === DEMO_RESEARCHER_EMAIL);
  const held = demoResearcher
    ? await db.surveyMembership.findMany({ where: { researcherId: demoResearcher.id } })
    : [];
  for (const { surveyId, role, responseLevelAccess } of held) {
    await db.surveyMembership.upsert({
      where: { surveyId_researcherId: { surveyId, researcherId: newResearcher.id } },
      create: { surveyId, researcherId: newResearcher.id, role, responseLevelAccess },
      update: {},
    });
  }
  const ids = demos.map((account) => account.id);
  await db.surveyMembership.deleteMany({ where: { researcherId: { in: ids } } });
  await db.researcher.updateMany({
    where: { email: DEMO_STUDENT_EMAIL, deactivatedAt: null },
    data: { deactivatedAt: new Date() },
  });
  await db.labSession.deleteMany({ where: { researcherId: { in: ids } } });
}

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
 * `lab:add-researcher --replace-demo`: the new account takes the demo researcher's place on its
 * surveys (so the demo survey keeps an owner), and the demo student goes with the demo researcher.
 * Memberships and refused-attempt counts refuse a plain delete of an account; they go first.
 */
export async function handOverDemoAccounts(db: PrismaClient, newResearcherId: string): Promise<void> {
  const demos = await db.researcher.findMany({
    where: { email: { in: [DEMO_RESEARCHER_EMAIL, DEMO_STUDENT_EMAIL] } },
    select: { id: true, email: true },
  });
  const demoResearcher = demos.find((account) => account.email === DEMO_RESEARCHER_EMAIL);
  const ids = demos.map((account) => account.id);
  await db.$transaction(async (tx) => {
    if (demoResearcher) {
      const held = await tx.surveyMembership.findMany({ where: { researcherId: demoResearcher.id } });
      for (const { surveyId, role, responseLevelAccess } of held) {
        await tx.surveyMembership.upsert({
          where: { surveyId_researcherId: { surveyId, researcherId: newResearcherId } },
          create: { surveyId, researcherId: newResearcherId, role, responseLevelAccess },
          update: {},
        });
      }
    }
    await tx.surveyMembership.deleteMany({ where: { researcherId: { in: ids } } });
    await tx.refusedAttempt.deleteMany({ where: { researcherId: { in: ids } } });
    await tx.researcher.deleteMany({ where: { email: DEMO_STUDENT_EMAIL } });
  });
}

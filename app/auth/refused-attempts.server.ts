import { prisma } from "~/db.server";
import { calendarDay } from "~/privacy/calendar-day.server";

/**
 * Counts a refused lab request: one row per account, survey, missing right and day, so someone
 * probing routes shows up in the trail without flooding it. `surveyId` is "" for site-level pages.
 */
export async function recordRefusedAttempt(
  { researcherId, surveyId, permission }: { researcherId: string; surveyId: string; permission: string },
  now: Date = new Date(),
): Promise<void> {
  const day = calendarDay(now);
  await prisma.refusedAttempt.upsert({
    where: { researcherId_surveyId_permission_day: { researcherId, surveyId, permission, day } },
    create: { researcherId, surveyId, permission, day },
    update: { count: { increment: 1 } },
  });
}

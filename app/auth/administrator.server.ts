import { prisma } from "~/db.server";
import { recordRefusedAttempt } from "./refused-attempts.server";
import { type LabSession, requireLabSession } from "./session.server";

/** Whether the account is a site administrator (accounts, the whole audit trail). */
export async function isAdministrator(researcherId: string): Promise<boolean> {
  const researcher = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { isAdmin: true, deactivatedAt: true },
  });
  return researcher !== null && researcher.isAdmin && researcher.deactivatedAt === null;
}

/**
 * The gate of site-administration pages. Being an administrator grants no survey data: that still
 * takes a membership (docs/decisions/039-accounts-and-survey-roles.md). Refusals are counted.
 */
export async function requireAdministrator(request: Request): Promise<LabSession> {
  const session = await requireLabSession(request);
  if (await isAdministrator(session.researcherId)) return session;
  await recordRefusedAttempt({ researcherId: session.researcherId, surveyId: "", permission: "administer" });
  throw new Response("This page is for site administrators.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { verifyPassword } from "./password.server";
import { unusedRecoveryCodeCount } from "./recovery-codes.server";
import { setResearcherPassword } from "./researchers.server";
import { startLabSession } from "./session.server";

/** What the account page shows about one's own account. */
export async function ownAccount(researcherId: string) {
  const researcher = await prisma.researcher.findUniqueOrThrow({
    where: { id: researcherId },
    select: {
      email: true,
      isAdmin: true,
      mustChangePassword: true,
      totpRequired: true,
      totpSecretSealed: true,
    },
  });
  const totpOn = researcher.totpSecretSealed !== null;
  return {
    email: researcher.email,
    isAdmin: researcher.isAdmin,
    mustChangePassword: researcher.mustChangePassword,
    totpRequired: researcher.totpRequired,
    totpOn,
    recoveryCodesLeft: totpOn ? await unusedRecoveryCodeCount(researcherId) : 0,
  };
}

/**
 * Changes one's own password after checking the current one. Every session of the account ends
 * (whoever used the old password is out) and this browser gets a fresh one; returns its Set-Cookie,
 * or null when the current password is wrong (nothing changed).
 */
export async function changeOwnPassword(
  request: Request,
  researcherId: string,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
): Promise<string | null> {
  const { passwordHash } = await prisma.researcher.findUniqueOrThrow({
    where: { id: researcherId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(currentPassword, passwordHash))) return null;
  const ended = await setResearcherPassword(researcherId, newPassword);
  await prisma.researcher.update({ where: { id: researcherId }, data: { mustChangePassword: false } });
  await recordAuditEvent({
    researcherId,
    action: "password-changed",
    target: "lab",
    detail: `${Math.max(0, ended - 1)} other session(s) ended`,
  });
  return startLabSession(researcherId, { replacing: request });
}

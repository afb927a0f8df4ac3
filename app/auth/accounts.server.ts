import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { revokeAllLabSessions } from "./lab-sessions.server";
import { generatePassword } from "./password.server";
import { createResearcher, setResearcherPassword } from "./researchers.server";

/**
 * What site administrators do to accounts (docs/decisions/041-accounts-and-second-factor.md). Every
 * change is audited without a survey; accounts are deactivated, never deleted.
 */
export type AccountRow = {
  id: string;
  email: string;
  isAdmin: boolean;
  active: boolean;
  totpOn: boolean;
  totpRequired: boolean;
  mustChangePassword: boolean;
};

/** A refused change, with the sentence the administrator reads. Nothing was changed. */
export class AccountChangeRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountChangeRefused";
  }
}

export async function listAccounts(): Promise<AccountRow[]> {
  const rows = await prisma.researcher.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      isAdmin: true,
      deactivatedAt: true,
      totpSecretSealed: true,
      totpRequired: true,
      mustChangePassword: true,
    },
  });
  return rows.map(({ deactivatedAt, totpSecretSealed, ...row }) => ({
    ...row,
    active: deactivatedAt === null,
    totpOn: totpSecretSealed !== null,
  }));
}

async function target(researcherId: string) {
  const account = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { id: true, email: true, isAdmin: true, deactivatedAt: true, totpRequired: true },
  });
  if (!account) throw new AccountChangeRefused("That account does not exist. Reload the page.");
  return account;
}

const audit = (
  actorId: string,
  action: Parameters<typeof recordAuditEvent>[0]["action"],
  email: string,
  detail?: string,
) => recordAuditEvent({ researcherId: actorId, action, target: `account:${email}`, detail });

/** Creates an account; with no password typed, one is generated. Returns the password to show once. */
export async function createAccount(
  actorId: string,
  { email, password }: { email: string; password?: string },
): Promise<{ email: string; password: string; generated: boolean }> {
  const chosen = password ?? generatePassword();
  const account = await createResearcher({ email, password: chosen });
  // A typed password was seen by the administrator too: the new colleague replaces it at first sign-in.
  await prisma.researcher.update({ where: { id: account.id }, data: { mustChangePassword: true } });
  await audit(actorId, "account-created", account.email, password ? "password typed" : "password generated");
  return { email: account.email, password: chosen, generated: password === undefined };
}

async function otherActiveAdministrators(researcherId: string): Promise<number> {
  return prisma.researcher.count({
    where: { isAdmin: true, deactivatedAt: null, id: { not: researcherId } },
  });
}

/** Deactivates an account and ends all its sessions; refuses oneself and the last active administrator. */
export async function deactivateAccount(actorId: string, researcherId: string): Promise<string> {
  const account = await target(researcherId);
  if (account.id === actorId) {
    throw new AccountChangeRefused("You cannot deactivate your own account. Ask another administrator.");
  }
  if (account.deactivatedAt !== null) return `${account.email} was already deactivated.`;
  if (account.isAdmin && (await otherActiveAdministrators(account.id)) === 0) {
    throw new AccountChangeRefused(
      `${account.email} is the last active administrator. Make another account an administrator first.`,
    );
  }
  await prisma.researcher.update({ where: { id: account.id }, data: { deactivatedAt: new Date() } });
  const ended = await revokeAllLabSessions(account.id);
  await audit(actorId, "account-deactivated", account.email, `${ended} session(s) ended`);
  return `${account.email} is deactivated; ${ended} signed-in session(s) ended.`;
}

export async function reactivateAccount(actorId: string, researcherId: string): Promise<string> {
  const account = await target(researcherId);
  if (account.deactivatedAt === null) return `${account.email} is already active.`;
  await prisma.researcher.update({ where: { id: account.id }, data: { deactivatedAt: null } });
  await audit(actorId, "account-reactivated", account.email);
  return `${account.email} is active again and can sign in.`;
}

/** A new generated password, shown once; all sessions end and the next sign-in must choose a new one. */
export async function resetAccountPassword(
  actorId: string,
  researcherId: string,
): Promise<{ email: string; password: string; endedSessions: number }> {
  const account = await target(researcherId);
  const password = generatePassword();
  const endedSessions = await setResearcherPassword(account.id, password);
  await prisma.researcher.update({ where: { id: account.id }, data: { mustChangePassword: true } });
  await audit(actorId, "password-reset", account.email, `${endedSessions} session(s) ended`);
  return { email: account.email, password, endedSessions };
}

export async function setAdministrator(
  actorId: string,
  researcherId: string,
  admin: boolean,
): Promise<string> {
  const account = await target(researcherId);
  if (account.isAdmin === admin) {
    return `${account.email} ${admin ? "is already" : "was not"} an administrator.`;
  }
  if (!admin && account.deactivatedAt === null && (await otherActiveAdministrators(account.id)) === 0) {
    throw new AccountChangeRefused(
      `${account.email} is the last active administrator. Make another account an administrator first.`,
    );
  }
  await prisma.researcher.update({ where: { id: account.id }, data: { isAdmin: admin } });
  await audit(actorId, admin ? "account-made-admin" : "account-admin-removed", account.email);
  return admin
    ? `${account.email} is now an administrator.`
    : `${account.email} is no longer an administrator.`;
}

export async function setTotpRequired(
  actorId: string,
  researcherId: string,
  required: boolean,
): Promise<string> {
  const account = await target(researcherId);
  if (account.totpRequired === required) return `Nothing changed for ${account.email}.`;
  await prisma.researcher.update({ where: { id: account.id }, data: { totpRequired: required } });
  await audit(actorId, required ? "totp-required" : "totp-not-required", account.email);
  return required
    ? `${account.email} must use a one-time code; without one set up, only the set-up page opens.`
    : `${account.email} may sign in without a one-time code.`;
}

import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";
import { EMAIL_MAX_LENGTH } from "~/limits";
import { revokeAllLabSessions } from "./lab-sessions.server";
import { hashPassword, passwordHashNeedsUpgrade, verifyPassword } from "./password.server";

/** The demo account the seed creates; documented in the README. Replace it on any public server. */
export const DEMO_RESEARCHER_EMAIL = "demo@negative-space.example";
export const DEMO_RESEARCHER_PASSWORD = "demo-researcher-2026";

/** E-mail addresses are compared in lower case, so "Ana@x" and "ana@x" are one account. */
export const researcherEmailSchema = z
  .string()
  .trim()
  .min(1, "Enter your e-mail address")
  .max(EMAIL_MAX_LENGTH, "That e-mail address is too long")
  .pipe(z.email("Enter an e-mail address like name@example.org"))
  .transform((email) => email.toLowerCase());

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class ResearcherExistsError extends Error {
  constructor(email: string) {
    super(`A researcher with the e-mail ${email} already exists`);
    this.name = "ResearcherExistsError";
  }
}

/** Creates a researcher account; throws ResearcherExistsError when the e-mail is taken. */
export async function createResearcher(
  { email, password, isAdmin = false }: { email: string; password: string; isAdmin?: boolean },
  db: PrismaClient = prisma,
): Promise<{ id: string; email: string }> {
  const normalised = normaliseEmail(email);
  if (await db.researcher.findUnique({ where: { email: normalised }, select: { id: true } })) {
    throw new ResearcherExistsError(normalised);
  }
  const passwordHash = await hashPassword(password);
  return db.researcher.create({
    data: { email: normalised, passwordHash, isAdmin },
    select: { id: true, email: true },
  });
}

export class NoSuchResearcherError extends Error {
  constructor(email: string) {
    super(`No researcher has the e-mail ${email}`);
    this.name = "NoSuchResearcherError";
  }
}

/**
 * Gives a researcher a new password and ends all their sessions: whoever knew the old password (or
 * held a session opened with it) is out. Every way of setting a password — the CLI's
 * --reset-password today, a reset page later — goes through here, so none can forget the second half.
 * Returns how many sessions were ended.
 */
export async function setResearcherPassword(
  researcherId: string,
  password: string,
  db: PrismaClient = prisma,
): Promise<number> {
  const passwordHash = await hashPassword(password);
  // Password first: from here on the old password opens nothing, and the revocation below ends
  // every session opened before. (A sign-in whose password check was already running at this very
  // moment could still finish after it: docs/decisions/013-revocable-lab-sessions.md.)
  await db.researcher.update({ where: { id: researcherId }, data: { passwordHash } });
  return revokeAllLabSessions(researcherId, db);
}

/** Looks a researcher up by e-mail and sets their password; throws NoSuchResearcherError. */
export async function resetResearcherPassword(
  { email, password }: { email: string; password: string },
  db: PrismaClient = prisma,
): Promise<{ email: string; endedSessions: number }> {
  const normalised = normaliseEmail(email);
  const researcher = await db.researcher.findUnique({ where: { email: normalised }, select: { id: true } });
  if (!researcher) throw new NoSuchResearcherError(normalised);
  return { email: normalised, endedSessions: await setResearcherPassword(researcher.id, password, db) };
}

/**
 * Creates the documented demo researcher unless an account with its e-mail exists; true when created.
 * It is a site administrator, so a new user can try the administration pages.
 */
export async function ensureDemoResearcher(db: PrismaClient): Promise<boolean> {
  const existing = await db.researcher.findUnique({
    where: { email: DEMO_RESEARCHER_EMAIL },
    select: { id: true },
  });
  if (existing) return false;
  await createResearcher(
    { email: DEMO_RESEARCHER_EMAIL, password: DEMO_RESEARCHER_PASSWORD, isAdmin: true },
    db,
  );
  return true;
}

/**
 * Deactivates the demo researcher (once a real account exists) and ends its sessions; true when an
 * active one was there. Accounts are never deleted: the audit trail keeps naming who did what.
 */
export async function deactivateDemoResearcher(db: PrismaClient = prisma): Promise<boolean> {
  const demo = await db.researcher.findUnique({
    where: { email: DEMO_RESEARCHER_EMAIL },
    select: { id: true, deactivatedAt: true },
  });
  if (!demo || demo.deactivatedAt !== null) return false;
  await db.researcher.update({ where: { id: demo.id }, data: { deactivatedAt: new Date() } });
  await revokeAllLabSessions(demo.id, db);
  return true;
}

// Compared against when no account has the typed e-mail, so a missing account costs the same
// scrypt work as a wrong password and response times do not reveal which e-mails exist.
let hashForMissingAccounts: Promise<string> | undefined;

export type CredentialCheck =
  | { outcome: "verified"; researcherId: string }
  | { outcome: "wrong-password"; researcherId: string }
  /** The right password for a deactivated account: refused like a wrong one, after the same work. */
  | { outcome: "deactivated"; researcherId: string }
  | { outcome: "no-such-account" };

/** Checks an e-mail and password; upgrades the stored hash when its parameters are out of date. */
export async function checkCredentials(email: string, password: string): Promise<CredentialCheck> {
  const researcher = await prisma.researcher.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, passwordHash: true, deactivatedAt: true },
  });
  if (!researcher) {
    hashForMissingAccounts ??= hashPassword("no account has this password");
    await verifyPassword(password, await hashForMissingAccounts);
    return { outcome: "no-such-account" };
  }
  if (!(await verifyPassword(password, researcher.passwordHash))) {
    return { outcome: "wrong-password", researcherId: researcher.id };
  }
  if (researcher.deactivatedAt !== null) return { outcome: "deactivated", researcherId: researcher.id };
  if (passwordHashNeedsUpgrade(researcher.passwordHash)) {
    // The same password, stronger hash: not a password change, so sessions stay.
    await prisma.researcher.update({
      where: { id: researcher.id },
      data: { passwordHash: await hashPassword(password) },
    });
  }
  return { outcome: "verified", researcherId: researcher.id };
}

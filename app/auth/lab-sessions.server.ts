import { createHash, createHmac, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";

/** However active a researcher is, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** A session nobody has used for this long ends. */
export const SESSION_IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/**
 * "Last seen" is written at most this often. Every lab page view reads the session two or three
 * times (the layout's and the page's loaders run in parallel); writing each time would put an fsync
 * (synchronous=FULL) and the single write lock — which respondents' answers queue for — on every
 * lab GET. Against a one-hour idle limit, a minute of imprecision changes nothing.
 */
export const LAST_SEEN_WRITE_INTERVAL_MS = 60 * 1000;

/** The secret a session cookie carries: 256 random bits, base64url. */
export const SESSION_TOKEN_PATTERN = /^[\w-]{43}$/;

export type ActiveLabSession = {
  sessionId: string;
  researcherId: string;
  researcherEmail: string;
  /** A site administrator (docs/decisions/041-accounts-and-second-factor.md). */
  isAdmin: boolean;
  /** An administrator reset the password: a new one must be chosen before anything else. */
  mustChangePassword: boolean;
  /** An administrator requires TOTP and it is not set up yet: nothing else opens until it is. */
  needsTotpSetup: boolean;
};

/** What the table stores instead of the token: a copy of the database opens no session. */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The session's CSRF token, derived from the cookie's token rather than stored: the database holds
 * nothing that passes a form check, and a token read from a page does not reveal the cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("negative-space lab csrf v1").digest("base64url");
}

const later = (moment: Date, milliseconds: number) => new Date(moment.getTime() + milliseconds);

/** Deletes sessions past their absolute or idle expiry. Run at every sign-in, so the table stays small. */
export async function purgeExpiredLabSessions(
  now: Date = new Date(),
  db: PrismaClient = prisma,
): Promise<number> {
  const { count } = await db.labSession.deleteMany({
    where: {
      OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: later(now, -SESSION_IDLE_TIMEOUT_MS) } }],
    },
  });
  return count;
}

/** Stores a new session for the researcher and returns its token, for the cookie only. */
export async function createLabSession(researcherId: string, now: Date = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.labSession.create({
    data: {
      tokenHash: sessionTokenHash(token),
      researcherId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: later(now, SESSION_ABSOLUTE_LIFETIME_MS),
    },
  });
  return token;
}

/**
 * The session a token opens, or null when there is none or it has expired (an expired row is
 * deleted on sight). Records the visit as "last seen", at most once a minute.
 */
export async function findActiveLabSession(
  token: string,
  now: Date = new Date(),
): Promise<ActiveLabSession | null> {
  const session = await prisma.labSession.findUnique({
    where: { tokenHash: sessionTokenHash(token) },
    select: {
      id: true,
      researcherId: true,
      lastSeenAt: true,
      expiresAt: true,
      researcher: {
        select: {
          email: true,
          isAdmin: true,
          deactivatedAt: true,
          mustChangePassword: true,
          totpRequired: true,
          totpSecretSealed: true,
        },
      },
    },
  });
  if (!session) return null;
  if (session.researcher.deactivatedAt !== null) {
    // Deactivation ends every session; one that slipped past (a race) ends on sight.
    await prisma.labSession.deleteMany({ where: { researcherId: session.researcherId } });
    return null;
  }
  const idleUntil = later(session.lastSeenAt, SESSION_IDLE_TIMEOUT_MS);
  if (session.expiresAt <= now || idleUntil <= now) {
    await prisma.labSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  const writeBefore = later(now, -LAST_SEEN_WRITE_INTERVAL_MS);
  if (session.lastSeenAt <= writeBefore) {
    // Conditional, so parallel loaders of one page view write once between them.
    await prisma.labSession.updateMany({
      where: { id: session.id, lastSeenAt: { lte: writeBefore } },
      data: { lastSeenAt: now },
    });
  }
  const { researcher } = session;
  return {
    sessionId: session.id,
    researcherId: session.researcherId,
    researcherEmail: researcher.email,
    isAdmin: researcher.isAdmin,
    mustChangePassword: researcher.mustChangePassword,
    needsTotpSetup: researcher.totpRequired && researcher.totpSecretSealed === null,
  };
}

/** Ends the session a token opens (sign-out); true when there was one. */
export async function revokeLabSession(token: string): Promise<boolean> {
  const { count } = await prisma.labSession.deleteMany({ where: { tokenHash: sessionTokenHash(token) } });
  return count > 0;
}

/** Ends every session of a researcher ("sign out everywhere", a new password); returns how many. */
export async function revokeAllLabSessions(researcherId: string, db: PrismaClient = prisma): Promise<number> {
  const { count } = await db.labSession.deleteMany({ where: { researcherId } });
  return count;
}

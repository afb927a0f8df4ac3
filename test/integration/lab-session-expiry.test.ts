// Idle (1 h) and absolute (12 h) expiry, the once-a-minute "last seen" write, purging at sign-in,
// and what the table stores. The clock is injected (startLabSession / getLabSession take `now`);
// nothing sleeps. docs/decisions/013-revocable-lab-sessions.md
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createLabSession } from "~/auth/lab-sessions.server";
import { createResearcher } from "~/auth/researchers.server";
import { getLabSession, startLabSession } from "~/auth/session.server";
import { cookieFrom, ORIGIN } from "../support/lab-requests";
import { expectLockedOut, expectSignedIn, signInThroughForm } from "../support/lab-session-checks";
import { createSurvey } from "../support/survey-fixtures";

const MINUTE = 60_000;
const PASSWORD = "a long and correct password";

let accounts = 0;
const newResearcher = () =>
  createResearcher({ email: `expiry-${(accounts += 1)}@example.org`, password: PASSWORD });

const requestWith = (cookie: string) => new Request(`${ORIGIN}/lab`, { headers: { Cookie: cookie } });

/** Starts a session as if signed in at `startedAt`; returns its cookie and a reader at any moment. */
async function sessionStartedAt(startedAt: Date) {
  const { id } = await newResearcher();
  const cookie = cookieFrom(await startLabSession(id, { now: startedAt }));
  const minutesLater = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const isOpenAt = async (minutes: number) =>
    (await getLabSession(requestWith(cookie), minutesLater(minutes))) !== null;
  return { researcherId: id, cookie, minutesLater, isOpenAt };
}

/** The random token inside the signed cookie value (base64 JSON, a dot, the signature). */
function tokenInCookie(cookie: string): string {
  const value = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
  return JSON.parse(Buffer.from(value.slice(0, value.lastIndexOf(".")), "base64").toString("utf8")) as string;
}

describe("idle expiry", () => {
  it("a session used within the hour stays open; an hour without use ends it for good", async () => {
    const { isOpenAt } = await sessionStartedAt(new Date());
    expect(await isOpenAt(59)).toBe(true);
    expect(await isOpenAt(59 + 59)).toBe(true); // the visit at 59 min counted as activity
    expect(await isOpenAt(59 + 59 + 60)).toBe(false);
    expect(await isOpenAt(59 + 59 + 1)).toBe(false); // deleted, not just out of date
  });

  it("through the real lab routes: a session idle for 61 minutes gets the sign-in page and can change nothing", async () => {
    await createSurvey({ slug: "idle-target", status: "open" });
    const { cookie } = await sessionStartedAt(new Date(Date.now() - 61 * MINUTE));
    const csrfToken = (await getLabSession(requestWith(cookie), new Date(Date.now() - 61 * MINUTE)))!
      .csrfToken;
    await expectLockedOut({ cookie, csrfToken }, "idle-target");
  });
});

describe("absolute expiry", () => {
  it("ends a session 12 hours after sign-in however active it is", async () => {
    const { isOpenAt } = await sessionStartedAt(new Date());
    for (let minutes = 50; minutes < 12 * 60; minutes += 50)
      expect(await isOpenAt(minutes), `${minutes}`).toBe(true);
    expect(await isOpenAt(12 * 60 - 1)).toBe(true);
    expect(await isOpenAt(12 * 60)).toBe(false);
  });

  it("through the real lab routes: a session signed in 12 h 1 min ago, used 10 min ago, gets the sign-in page", async () => {
    await createSurvey({ slug: "old-target", status: "open" });
    const startedAt = new Date(Date.now() - (12 * 60 + 1) * MINUTE);
    const { cookie, isOpenAt } = await sessionStartedAt(startedAt);
    for (let minutes = 50; minutes <= 12 * 60 - 9; minutes += 50) expect(await isOpenAt(minutes)).toBe(true);
    expect(await isOpenAt(12 * 60 - 9)).toBe(true); // "last seen" 10 minutes ago: not idle
    const csrfToken = (await getLabSession(requestWith(cookie), new Date(Date.now() - 10 * MINUTE)))!
      .csrfToken;
    await expectLockedOut({ cookie, csrfToken }, "old-target");
  });
});

describe("last seen", () => {
  it("is written at most once a minute, not on every request", async () => {
    const { researcherId, isOpenAt, minutesLater } = await sessionStartedAt(new Date());
    const lastSeen = async () =>
      (await prisma.labSession.findFirstOrThrow({ where: { researcherId } })).lastSeenAt.getTime();
    const start = minutesLater(0).getTime();
    expect(await lastSeen()).toBe(start);
    for (const minutes of [0.1, 0.5, 0.9]) expect(await isOpenAt(minutes)).toBe(true);
    expect(await lastSeen()).toBe(start);
    expect(await isOpenAt(1)).toBe(true);
    expect(await lastSeen()).toBe(minutesLater(1).getTime());
    expect(await isOpenAt(1.5)).toBe(true);
    expect(await lastSeen()).toBe(minutesLater(1).getTime());
  });
});

describe("the session table", () => {
  it("holds a SHA-256 of the cookie's token, never the token or the CSRF token", async () => {
    const { researcherId, cookie } = await sessionStartedAt(new Date());
    const token = tokenInCookie(cookie);
    expect(token).toMatch(/^[\w-]{43}$/);
    const session = await getLabSession(requestWith(cookie));
    const rows = await prisma.labSession.findMany({ where: { researcherId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(session!.csrfToken);
    expect(session!.sessionId).toBe(rows[0]?.id);
  });

  it("drops expired sessions when anyone signs in, and keeps live ones", async () => {
    const live = await sessionStartedAt(new Date());
    // Stored without startLabSession, whose own purge would drop them at once.
    const longAgo = await newResearcher();
    await createLabSession(longAgo.id, new Date(Date.now() - 13 * 60 * MINUTE));
    const idle = await newResearcher();
    await createLabSession(idle.id, new Date(Date.now() - 2 * 60 * MINUTE));
    const stored = (researcherId: string) => prisma.labSession.count({ where: { researcherId } });
    expect([await stored(longAgo.id), await stored(idle.id)]).toEqual([1, 1]);

    const { email } = await prisma.researcher.findUniqueOrThrow({ where: { id: live.researcherId } });
    await signInThroughForm(email, PASSWORD);
    expect([await stored(longAgo.id), await stored(idle.id)]).toEqual([0, 0]);
    expect(await stored(live.researcherId)).toBe(2);
    await expectSignedIn(live.cookie);
  });
});

// Sessions live on the server: a cookie copied before sign-out (or before "sign out everywhere", or
// a password change) no longer opens the lab when replayed. docs/decisions/013-revocable-lab-sessions.md
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  createResearcher,
  NoSuchResearcherError,
  resetResearcherPassword,
  setResearcherPassword,
} from "~/auth/researchers.server";
import { action as signInAction } from "~/routes/sign-in";
import { action as signOutAction } from "~/routes/sign-out";
import { formPost, outcomeOf } from "../support/lab-requests";
import {
  type BrowserSession,
  closeSurvey,
  expectLockedOut,
  expectSignedIn,
  readLabPage,
  signInThroughForm,
} from "../support/lab-session-checks";
import { createSurvey } from "../support/survey-fixtures";

const run = promisify(execFile);
const PASSWORD = "a long and correct password";
const SURVEY = "replay-target";

beforeAll(async () => {
  await createSurvey({ slug: SURVEY, status: "open" });
});

let accounts = 0;
async function newResearcher() {
  const email = `replay-${(accounts += 1)}@example.org`;
  return { ...(await createResearcher({ email, password: PASSWORD })), email };
}

const signOut = ({ cookie, csrfToken }: BrowserSession, fields: Record<string, string> = {}) =>
  outcomeOf(() =>
    signOutAction({ request: formPost("/sign-out", fields, { cookie, csrfToken }), params: {}, context: {} }),
  );

describe("signing out ends the session on the server", () => {
  it("a cookie copied before sign-out gets the sign-in page and can change nothing", async () => {
    const { email } = await newResearcher();
    const session = await signInThroughForm(email, PASSWORD);
    const copied = { ...session };
    await expectSignedIn(copied.cookie);

    const result = await signOut(session);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in?signed-out=1");
    expect(result.headers.get("Set-Cookie")).toMatch(/__ns_session=;.*Expires=Thu, 01 Jan 1970/);

    await expectLockedOut(copied, SURVEY);
  });

  it("signing out on one device leaves the researcher's other sessions alone", async () => {
    const { email } = await newResearcher();
    const laptop = await signInThroughForm(email, PASSWORD);
    const phone = await signInThroughForm(email, PASSWORD);
    await signOut(laptop);
    await expectLockedOut(laptop, SURVEY);
    await expectSignedIn(phone.cookie);
  });

  it("signing in again with an old cookie ends the session that cookie held", async () => {
    const { email } = await newResearcher();
    const before = await signInThroughForm(email, PASSWORD);
    const request = formPost("/sign-in", { email, password: PASSWORD }, { cookie: before.cookie });
    const result = await outcomeOf(() => signInAction({ request, params: {}, context: {} }));
    expect(result.status).toBe(302);
    await expectLockedOut(before, SURVEY);
  });
});

describe("sign out everywhere", () => {
  it("ends both of two concurrent sessions, is audited, and leaves other researchers signed in", async () => {
    const { id, email } = await newResearcher();
    const other = await newResearcher();
    const laptop = await signInThroughForm(email, PASSWORD);
    const phone = await signInThroughForm(email, PASSWORD);
    const colleague = await signInThroughForm(other.email, PASSWORD);
    await expectSignedIn(laptop.cookie);
    await expectSignedIn(phone.cookie);

    const result = await signOut(laptop, { scope: "everywhere" });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in?signed-out=everywhere");
    expect(result.headers.get("Set-Cookie")).toMatch(/__ns_session=;.*Expires=Thu, 01 Jan 1970/);
    const events = await prisma.auditEvent.findMany({
      where: { researcherId: id, action: "sign-out-everywhere" },
      select: { target: true, detail: true },
    });
    expect(events).toEqual([{ target: "lab", detail: "2 sessions ended" }]);

    await expectLockedOut(laptop, SURVEY);
    await expectLockedOut(phone, SURVEY);
    await expectSignedIn(colleague.cookie);
  });

  it("needs the CSRF token, and a refused request ends nothing", async () => {
    const { email } = await newResearcher();
    const session = await signInThroughForm(email, PASSWORD);
    const forged = await signOut({ cookie: session.cookie, csrfToken: "guessed" }, { scope: "everywhere" });
    expect(forged.status).toBe(403);
    await expectSignedIn(session.cookie);
  });

  it("an unknown scope is a 400 and ends nothing", async () => {
    const { email } = await newResearcher();
    const session = await signInThroughForm(email, PASSWORD);
    const result = await signOut(session, { scope: "the-moon" });
    expect(result.status).toBe(400);
    await expectSignedIn(session.cookie);
  });
});

describe("a new password", () => {
  it("ends every session of the account; the old password no longer signs in, the new one does", async () => {
    const { id, email } = await newResearcher();
    const laptop = await signInThroughForm(email, PASSWORD);
    const phone = await signInThroughForm(email, PASSWORD);

    expect(await setResearcherPassword(id, "a brand new password")).toBe(2);

    await expectLockedOut(laptop, SURVEY);
    await expectLockedOut(phone, SURVEY);
    const oldPassword = await outcomeOf(() =>
      signInAction({ request: formPost("/sign-in", { email, password: PASSWORD }), params: {}, context: {} }),
    );
    expect(oldPassword.status).toBe(401);
    const fresh = await signInThroughForm(email, "a brand new password");
    await expectSignedIn(fresh.cookie);
  });
});

describe("npm run lab:add-researcher -- --reset-password", () => {
  it("prints a new one-time password and ends the researcher's sessions", async () => {
    const { email } = await newResearcher();
    const session = await signInThroughForm(email, PASSWORD);
    const { stdout } = await run(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/add-researcher.ts", "--email", email.toUpperCase(), "--reset-password"],
      { env: { ...process.env, NODE_ENV: "test" } },
    );
    expect(stdout).toContain(`New password set for ${email}; 1 signed-in session(s) ended.`);
    const newPassword = /One-time password[^:]*: (\S+)/.exec(stdout)?.[1] ?? "";
    await expectLockedOut(session, SURVEY);
    // A one-time password: the new session opens only the change-password page until a new one is chosen.
    const fresh = await signInThroughForm(email, newPassword);
    const page = await readLabPage(fresh.cookie);
    expect([page.status, page.headers.get("Location")]).toEqual([302, "/lab/account"]);
  });

  it("refuses an e-mail that has no account, changing nothing", async () => {
    await expect(
      resetResearcherPassword({ email: "nobody@example.org", password: "whatever it is" }),
    ).rejects.toThrow(NoSuchResearcherError);
  });
});

describe("the check can fail", () => {
  it("a live session does close the survey (so expectLockedOut's unchanged survey means something)", async () => {
    const { email } = await newResearcher();
    await createSurvey({ slug: "closable", status: "open" }); // owned by the researcher just made
    const session = await signInThroughForm(email, PASSWORD);
    expect((await closeSurvey("closable", session)).status).toBe(200);
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: "closable" } })).status).toBe("closed");
  });
});

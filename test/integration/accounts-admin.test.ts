// The administration page (/lab/admin/accounts): who may use it, and what each change does.
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { getLabSession } from "~/auth/session.server";
import { action as adminAction, loader as adminLoader } from "~/routes/lab.admin.accounts";
import { loader as labLayoutLoader } from "~/routes/lab";
import { ORIGIN, formPost, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { readLabPage, signInThroughForm } from "../support/lab-session-checks";

type Reply = {
  status: string;
  notice?: string;
  result?: { email: string; password: string } | null;
  fieldErrors?: Record<string, string>;
  formError?: string | null;
};

async function signedInAdmin() {
  const admin = await signedInResearcher(`admin-${Math.random().toString(36).slice(2)}@example.org`);
  await prisma.researcher.update({ where: { id: admin.id }, data: { isAdmin: true } });
  return admin;
}

const post = async (who: { cookie: string; csrfToken: string }, fields: Record<string, string>) => {
  const request = formPost("/lab/admin/accounts", fields, who);
  const outcome = await outcomeOf(() => adminAction({ request, params: {}, context: {} }));
  return { status: outcome.status, reply: outcome.data as Reply };
};

const accountOf = (email: string) => prisma.researcher.findUniqueOrThrow({ where: { email } });

describe("the administration page", () => {
  it("answers 403 to a researcher who is not an administrator, for the page and every change", async () => {
    const researcher = await signedInResearcher();
    const request = new Request(`${ORIGIN}/lab/admin/accounts`, { headers: { Cookie: researcher.cookie } });
    expect((await outcomeOf(() => adminLoader({ request, params: {}, context: {} }))).status).toBe(403);
    const { status } = await post(researcher, { intent: "create", email: "x@example.org" });
    expect(status).toBe(403);
    expect(await prisma.researcher.count({ where: { email: "x@example.org" } })).toBe(0);
    const layout = await outcomeOf(() => labLayoutLoader({ request, params: {}, context: {} }));
    expect((layout.data as { isAdmin: boolean }).isAdmin).toBe(false);
  });

  it("creates an account with a generated password shown once, which must be changed at first sign-in", async () => {
    const admin = await signedInAdmin();
    const { status, reply } = await post(admin, { intent: "create", email: "New@Example.org", password: "" });
    expect(status).toBe(200);
    expect(reply.result?.email).toBe("new@example.org");
    const password = reply.result?.password ?? "";
    expect(password).toMatch(/^[\w-]{24}$/);
    const stored = await accountOf("new@example.org");
    expect(stored.passwordHash).not.toContain(password);
    expect(stored.mustChangePassword).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "account-created" } });
    expect([event.researcherId, event.target, event.surveyId]).toEqual([
      admin.id,
      "account:new@example.org",
      null,
    ]);
    const session = await signInThroughForm("new@example.org", password);
    const page = await readLabPage(session.cookie);
    expect([page.status, page.headers.get("Location")]).toEqual([302, "/lab/account"]);
  });

  it("refuses a typed password that is too short, a bad e-mail and a taken e-mail, field by field", async () => {
    const admin = await signedInAdmin();
    const short = await post(admin, { intent: "create", email: "ok@example.org", password: "short" });
    expect([short.status, short.reply.fieldErrors?.password]).toEqual([400, "Use at least 12 characters"]);
    const bad = await post(admin, { intent: "create", email: "not an address" });
    expect(bad.status).toBe(400);
    expect(bad.reply.fieldErrors?.email).toMatch(/e-mail address like/);
    const taken = await post(admin, { intent: "create", email: admin.email });
    expect([taken.status, taken.reply.fieldErrors?.email]).toEqual([
      409,
      "An account with this e-mail already exists",
    ]);
    const typed = await post(admin, {
      intent: "create",
      email: "ok@example.org",
      password: "a typed passphrase",
    });
    expect([typed.status, typed.reply.result?.password]).toEqual([200, "a typed passphrase"]);
    expect((await signInThroughForm("ok@example.org", "a typed passphrase")).cookie).toBeTruthy();
  });

  it("deactivation ends every session and refuses sign-in like a wrong password; reactivation lets it back", async () => {
    const admin = await signedInAdmin();
    const other = await signedInResearcher();
    const { status, reply } = await post(admin, { intent: "deactivate", researcherId: other.id });
    expect([status, reply.notice]).toEqual([
      200,
      `${other.email} is deactivated; 1 signed-in session(s) ended.`,
    ]);
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: other.cookie } }))).toBeNull();
    const signIn = await import("~/routes/sign-in");
    const attempt = await outcomeOf(() =>
      signIn.action({
        request: formPost("/sign-in", { email: other.email, password: "correct horse battery staple" }),
        params: {},
        context: { clientAddress: "deactivated-test" },
      }),
    );
    expect(attempt.status).toBe(401);
    expect((attempt.data as Reply).formError).toBe("The e-mail address or password is wrong.");
    await post(admin, { intent: "reactivate", researcherId: other.id });
    expect((await signInThroughForm(other.email, "correct horse battery staple")).cookie).toBeTruthy();
    const actions = await prisma.auditEvent.findMany({
      where: { target: `account:${other.email}` },
      orderBy: { at: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(["account-deactivated", "account-reactivated"]);
  });

  it("refuses to deactivate oneself and to remove or deactivate the last active administrator", async () => {
    const admin = await signedInAdmin();
    // Earlier tests of this file made administrators too: this one is the only one.
    await prisma.researcher.updateMany({ where: { id: { not: admin.id } }, data: { isAdmin: false } });
    const self = await post(admin, { intent: "deactivate", researcherId: admin.id });
    expect([self.status, self.reply.formError]).toEqual([
      409,
      "You cannot deactivate your own account. Ask another administrator.",
    ]);
    const unmake = await post(admin, { intent: "remove-admin", researcherId: admin.id });
    expect(unmake.status).toBe(409);
    expect(unmake.reply.formError).toBe(
      `${admin.email} is the last active administrator. Make another account an administrator first.`,
    );
    expect((await accountOf(admin.email)).isAdmin).toBe(true);
    expect((await accountOf(admin.email)).deactivatedAt).toBeNull();
    // With a second administrator, the first may step down.
    const second = await signedInResearcher();
    expect((await post(admin, { intent: "make-admin", researcherId: second.id })).status).toBe(200);
    expect((await post(admin, { intent: "remove-admin", researcherId: admin.id })).status).toBe(200);
    expect((await accountOf(admin.email)).isAdmin).toBe(false);
  });

  it("resets a password: shown once, every session ends, the next sign-in must choose a new one", async () => {
    const admin = await signedInAdmin();
    const other = await signedInResearcher();
    const { reply } = await post(admin, { intent: "reset-password", researcherId: other.id });
    expect(reply.notice).toBe(`New one-time password for ${other.email}; 1 signed-in session(s) ended.`);
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: other.cookie } }))).toBeNull();
    expect((await accountOf(other.email)).mustChangePassword).toBe(true);
    const session = await signInThroughForm(other.email, reply.result?.password ?? "");
    const page = await readLabPage(session.cookie);
    expect(page.headers.get("Location")).toBe("/lab/account");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "password-reset" } });
    expect(event.detail).toBe("1 session(s) ended");
  });

  it("requires and stops requiring TOTP; a required account reaches only the set-up page", async () => {
    const admin = await signedInAdmin();
    const other = await signedInResearcher();
    await post(admin, { intent: "require-totp", researcherId: other.id });
    expect((await accountOf(other.email)).totpRequired).toBe(true);
    const page = await readLabPage(other.cookie);
    expect([page.status, page.headers.get("Location")]).toEqual([302, "/lab/account/totp"]);
    await post(admin, { intent: "unrequire-totp", researcherId: other.id });
    expect((await readLabPage(other.cookie)).status).toBe(200);
    const actions = await prisma.auditEvent.findMany({
      where: { target: `account:${other.email}` },
      orderBy: { at: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(["totp-required", "totp-not-required"]);
  });
});

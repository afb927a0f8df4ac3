// One's own account: changing the password, TOTP set-up, the code step of sign-in; and the CLI.
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { getLabSession } from "~/auth/session.server";
import { createSignInRateLimiter } from "~/auth/sign-in-rate-limit.server";
import { attemptSecondFactor } from "~/auth/sign-in.server";
import { base32Decode, hotp, totpCode } from "~/auth/totp.server";
import { action as accountAction } from "~/routes/lab.account._index";
import { action as totpAction, loader as totpLoader } from "~/routes/lab.account.totp";
import { action as signInAction } from "~/routes/sign-in";
import { action as codeAction, loader as codeLoader } from "~/routes/sign-in_.code";
import { ORIGIN, formPost, outcomeOf, signedInResearcher } from "../support/lab-requests";

const PASSWORD = "correct horse battery staple";
type Who = { cookie: string; csrfToken: string };

async function enableTotp(who: Who & { id: string }) {
  const begin = await outcomeOf(() =>
    totpAction({ request: formPost("/lab/account/totp", { intent: "begin" }, who), params: {}, context: {} }),
  );
  const location = begin.headers.get("Location") ?? "";
  const pending = new URL(location, ORIGIN).searchParams.get("pending") ?? "";
  const page = await outcomeOf(() =>
    totpLoader({
      request: new Request(`${ORIGIN}${location}`, { headers: { Cookie: who.cookie } }),
      params: {},
      context: {},
    }),
  );
  const shown = (page.data as { setup: { secret: string } }).setup.secret;
  const secret = base32Decode(shown);
  const code = totpCode(secret, new Date());
  const confirm = await outcomeOf(() =>
    totpAction({
      request: formPost(location, { intent: "confirm", pending, code }, who),
      params: {},
      context: {},
    }),
  );
  const codes = (confirm.data as { result: { recoveryCodes: string[] } }).result.recoveryCodes;
  return { secret, codes, confirmStatus: confirm.status };
}

/** The password step: a 302 to the code step with its cookie (not a session). */
async function passwordStep(email: string) {
  const outcome = await outcomeOf(() =>
    signInAction({
      request: formPost("/sign-in", { email, password: PASSWORD }),
      params: {},
      context: { clientAddress: "t" },
    }),
  );
  return {
    location: outcome.headers.get("Location"),
    cookie: outcome.headers.get("Set-Cookie")?.split(";")[0] ?? "",
  };
}

const codeStep = (pendingCookie: string, code: string) =>
  outcomeOf(() =>
    codeAction({
      request: formPost("/sign-in/code", { code }, { headers: { Cookie: pendingCookie } }),
      params: {},
      context: { clientAddress: "t" },
    }),
  );

describe("TOTP", () => {
  it("is set up with a code from the secret shown; the secret is stored sealed, with 10 hashed recovery codes", async () => {
    const researcher = await signedInResearcher();
    const { secret, codes, confirmStatus } = await enableTotp(researcher);
    expect(confirmStatus).toBe(200);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await prisma.researcher.findUniqueOrThrow({ where: { id: researcher.id } });
    expect(stored.totpSecretSealed).toMatch(/^v1\./);
    expect(stored.totpSecretSealed).not.toContain(secret.toString("base64url"));
    const hashes = await prisma.totpRecoveryCode.findMany({ where: { researcherId: researcher.id } });
    expect(hashes.map((row) => row.codeHash).every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(hashes.some((row) => codes.includes(row.codeHash))).toBe(false);
  });

  it("signs in in two steps; the pending step is no session; a code is never accepted twice", async () => {
    const researcher = await signedInResearcher();
    const { secret } = await enableTotp(researcher);
    const step = await passwordStep(researcher.email);
    expect(step.location).toBe("/sign-in/code");
    expect(step.cookie).toMatch(/^__ns_sign_in_step=/);
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: step.cookie } }))).toBeNull();
    const page = await outcomeOf(() =>
      codeLoader({
        request: new Request(`${ORIGIN}/sign-in/code`, { headers: { Cookie: step.cookie } }),
        params: {},
        context: {},
      }),
    );
    expect(page.status).toBe(200);
    // The set-up's code was for this step: replayed, it is refused. The next step's code works, once.
    const { totpLastStep } = await prisma.researcher.findUniqueOrThrow({ where: { id: researcher.id } });
    const used = totpLastStep ?? 0;
    const replayed = await codeStep(step.cookie, hotp(secret, used));
    expect(replayed.status).toBe(401);
    const next = hotp(secret, used + 1);
    const signedIn = await codeStep(step.cookie, next);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Set-Cookie")).toContain("__ns_session=");
    const again = await passwordStep(researcher.email);
    expect((await codeStep(again.cookie, next)).status).toBe(401);
    const failed = await prisma.auditEvent.count({
      where: { researcherId: researcher.id, action: "second-factor-failed" },
    });
    expect(failed).toBe(2);
  });

  it("a recovery code signs in once, is audited, and never again", async () => {
    const researcher = await signedInResearcher();
    const { codes } = await enableTotp(researcher);
    const code = (codes[3] ?? "").toLowerCase();
    const first = await codeStep((await passwordStep(researcher.email)).cookie, code);
    expect(first.status).toBe(302);
    expect(
      await prisma.auditEvent.count({ where: { researcherId: researcher.id, action: "recovery-code-used" } }),
    ).toBe(1);
    const second = await codeStep((await passwordStep(researcher.email)).cookie, code);
    expect(second.status).toBe(401);
  });

  it("the code step refuses without its cookie, and wrong codes count toward the sign-in limit", async () => {
    const noCookie = await codeStep("", "123456");
    expect([noCookie.status, noCookie.headers.get("Location")]).toEqual([302, "/sign-in?step=expired"]);
    const researcher = await signedInResearcher();
    await enableTotp(researcher);
    const limiter = createSignInRateLimiter();
    const attempt = () =>
      attemptSecondFactor({ researcherId: researcher.id, code: "000000", clientAddress: "x" }, limiter);
    for (let i = 0; i < 5; i += 1) expect((await attempt()).outcome).toBe("wrong-code");
    expect((await attempt()).outcome).toBe("rate-limited");
  });

  it("a tampered sealed secret opens nothing", async () => {
    const researcher = await signedInResearcher();
    const { secret } = await enableTotp(researcher);
    const { totpSecretSealed } = await prisma.researcher.findUniqueOrThrow({ where: { id: researcher.id } });
    const parts = (totpSecretSealed ?? "").split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    await prisma.researcher.update({
      where: { id: researcher.id },
      data: { totpSecretSealed: parts.join("."), totpLastStep: null },
    });
    const code = totpCode(secret, new Date(Date.now() + 30_000));
    await expect(
      attemptSecondFactor(
        { researcherId: researcher.id, code, clientAddress: "y" },
        createSignInRateLimiter(),
      ),
    ).rejects.toThrow(/could not be opened/);
  });
});

describe("changing one's own password", () => {
  it("needs the current password; ends the other sessions, renews this one and lifts the forced change", async () => {
    const researcher = await signedInResearcher();
    const other = await outcomeOf(() =>
      signInAction({
        request: formPost("/sign-in", { email: researcher.email, password: PASSWORD }),
        params: {},
        context: { clientAddress: "o" },
      }),
    );
    const otherCookie = other.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    await prisma.researcher.update({ where: { id: researcher.id }, data: { mustChangePassword: true } });
    const change = (fields: Record<string, string>) =>
      outcomeOf(() =>
        accountAction({ request: formPost("/lab/account", fields, researcher), params: {}, context: {} }),
      );
    const wrong = await change({
      currentPassword: "nope",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect([
      wrong.status,
      (wrong.data as { fieldErrors: Record<string, string> }).fieldErrors.currentPassword,
    ]).toEqual([401, "That is not your current password"]);
    const differ = await change({
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "another one entirely",
    });
    expect((differ.data as { fieldErrors: Record<string, string> }).fieldErrors.confirmPassword).toBe(
      "The two new passwords differ",
    );
    const done = await change({
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect([done.status, done.headers.get("Location")]).toEqual([302, "/lab/account?password=changed"]);
    const renewed = done.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: renewed } }))).not.toBeNull();
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: otherCookie } }))).toBeNull();
    expect(await getLabSession(new Request(ORIGIN, { headers: { Cookie: researcher.cookie } }))).toBeNull();
    expect(
      (await prisma.researcher.findUniqueOrThrow({ where: { id: researcher.id } })).mustChangePassword,
    ).toBe(false);
  });
});

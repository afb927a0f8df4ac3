import { z } from "zod";
import { recordAuditEvent } from "~/audit/audit.server";
import { PASSWORD_MAX_LENGTH } from "~/limits";
import { prisma } from "~/db.server";
import { checkCredentials, normaliseEmail, researcherEmailSchema } from "./researchers.server";
import { checkSecondFactor } from "./second-factor.server";
import { deleteOldSubmissionCounts } from "~/security/submission-rate.server";
import { signInRateLimiter, type SignInRateLimiter } from "./sign-in-rate-limit.server";

export const signInFormSchema = z.object({
  email: researcherEmailSchema,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX_LENGTH, "That password is too long"),
  // Checked by safeRedirectPath (app/auth/safe-redirect.ts) before anyone is sent there.
  redirectTo: z.string().optional(),
});

export type SignInOutcome =
  | { outcome: "signed-in"; researcherId: string }
  /** The password was right and the account uses TOTP: the code comes next (not yet signed in). */
  | { outcome: "second-factor"; researcherId: string }
  | { outcome: "wrong-credentials" }
  | { outcome: "rate-limited"; retryAfterSeconds: number };

/**
 * One sign-in attempt: refuses while the account or the address is over its failure limit,
 * checks the credentials, counts failures and records the attempt in the audit trail.
 * The typed e-mail of an attempt on an account that does not exist is never stored.
 */
export async function attemptSignIn(
  { email, password, clientAddress }: { email: string; password: string; clientAddress: string },
  limiter: SignInRateLimiter = signInRateLimiter,
): Promise<SignInOutcome> {
  const account = normaliseEmail(email);
  const decision = await limiter.check(account, clientAddress);
  if (!decision.allowed) return { outcome: "rate-limited", retryAfterSeconds: decision.retryAfterSeconds };

  const check = await checkCredentials(account, password);
  if (check.outcome === "verified" && (await usesTotp(check.researcherId))) {
    // The account's failure count is cleared only once the code is right too.
    return { outcome: "second-factor", researcherId: check.researcherId };
  }
  if (check.outcome === "verified") {
    await limiter.recordSuccess(account);
    await deleteOldSubmissionCounts(); // expired alarm counts go even when no survey is answered (decision 046)
    await recordAuditEvent({ researcherId: check.researcherId, action: "sign-in", target: "lab" });
    return { outcome: "signed-in", researcherId: check.researcherId };
  }
  await limiter.recordFailure(account, clientAddress);
  await recordAuditEvent(
    check.outcome === "wrong-password"
      ? {
          researcherId: check.researcherId,
          action: "sign-in-failed",
          target: "lab",
          detail: "wrong password",
        }
      : check.outcome === "deactivated"
        ? {
            researcherId: check.researcherId,
            action: "sign-in-failed",
            target: "lab",
            detail: "deactivated account",
          }
        : { researcherId: null, action: "sign-in-failed", target: "lab", detail: "no such account" },
  );
  return { outcome: "wrong-credentials" };
}

async function usesTotp(researcherId: string): Promise<boolean> {
  const researcher = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { totpSecretSealed: true },
  });
  return Boolean(researcher?.totpSecretSealed);
}

export const secondFactorFormSchema = z.object({
  code: z
    .string({ error: "Enter the code from your app, or a recovery code" })
    .trim()
    .min(1, "Enter the code from your app, or a recovery code")
    .max(64, "That code is too long"),
});

export type SecondFactorOutcome =
  | { outcome: "signed-in"; researcherId: string }
  | { outcome: "wrong-code" }
  | { outcome: "rate-limited"; retryAfterSeconds: number }
  /** The account was deactivated or turned TOTP off meanwhile: start again from the password. */
  | { outcome: "start-again" };

/**
 * The second step of a sign-in: a current TOTP code (never one already used) or an unused recovery
 * code. The sign-in rate limit counts wrong codes like wrong passwords; each is audited.
 */
export async function attemptSecondFactor(
  { researcherId, code, clientAddress }: { researcherId: string; code: string; clientAddress: string },
  limiter: SignInRateLimiter = signInRateLimiter,
  now = new Date(),
): Promise<SecondFactorOutcome> {
  const researcher = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { email: true, deactivatedAt: true, totpSecretSealed: true },
  });
  if (!researcher || researcher.deactivatedAt || !researcher.totpSecretSealed)
    return { outcome: "start-again" };
  const decision = await limiter.check(researcher.email, clientAddress);
  if (!decision.allowed) return { outcome: "rate-limited", retryAfterSeconds: decision.retryAfterSeconds };
  const used = await checkSecondFactor(researcherId, code, now);
  if (used === null) {
    await limiter.recordFailure(researcher.email, clientAddress);
    await recordAuditEvent({ researcherId, action: "second-factor-failed", target: "lab" });
    return { outcome: "wrong-code" };
  }
  await limiter.recordSuccess(researcher.email);
  await deleteOldSubmissionCounts();
  const detail = used === "code" ? "with a one-time code" : "with a recovery code";
  await recordAuditEvent({ researcherId, action: "sign-in", target: "lab", detail });
  return { outcome: "signed-in", researcherId };
}

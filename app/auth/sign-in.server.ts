import { z } from "zod";
import { recordAuditEvent } from "~/audit/audit.server";
import { PASSWORD_MAX_LENGTH } from "~/limits";
import { checkCredentials, normaliseEmail, researcherEmailSchema } from "./researchers.server";
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
  const decision = limiter.check(account, clientAddress);
  if (!decision.allowed) return { outcome: "rate-limited", retryAfterSeconds: decision.retryAfterSeconds };

  const check = await checkCredentials(account, password);
  if (check.outcome === "verified") {
    limiter.recordSuccess(account);
    await recordAuditEvent({ researcherId: check.researcherId, action: "sign-in", target: "lab" });
    return { outcome: "signed-in", researcherId: check.researcherId };
  }
  limiter.recordFailure(account, clientAddress);
  await recordAuditEvent(
    check.outcome === "wrong-password"
      ? {
          researcherId: check.researcherId,
          action: "sign-in-failed",
          target: "lab",
          detail: "wrong password",
        }
      : { researcherId: null, action: "sign-in-failed", target: "lab", detail: "no such account" },
  );
  return { outcome: "wrong-credentials" };
}

import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { openSealedSecret, sealSecret, SealedSecretError } from "./sealed-secret.server";
import { issueRecoveryCodes, useRecoveryCode } from "./recovery-codes.server";
import { matchTotpStep, newTotpSecret } from "./totp.server";
import { verifyPassword } from "./password.server";

/**
 * TOTP for an account (docs/decisions/041-accounts-and-second-factor.md): setting it up, checking a
 * code or a recovery code, turning it off. The secret is stored sealed (sealed-secret.server.ts).
 */

/** Minutes a set-up in progress stays valid (the secret shown, not yet confirmed). */
const SETUP_WINDOW_MS = 15 * 60 * 1000;
const setupAssociatedData = (researcherId: string) => `${researcherId}:setup`;

/**
 * A new secret for the set-up page, sealed with its expiry: the page carries it until a code
 * confirms it, so nothing is stored before then and no set-up state lives on the server.
 */
export function beginTotpSetup(researcherId: string, now = new Date()): string {
  const expiry = Buffer.alloc(8);
  expiry.writeBigUInt64BE(BigInt(now.getTime() + SETUP_WINDOW_MS));
  return sealSecret(Buffer.concat([expiry, newTotpSecret()]), setupAssociatedData(researcherId));
}

/** The secret of a set-up in progress, or null when it is altered, another account's or too old. */
export function openTotpSetup(researcherId: string, pending: string, now = new Date()): Buffer | null {
  try {
    const opened = openSealedSecret(pending, setupAssociatedData(researcherId));
    if (opened.length <= 8 || Number(opened.readBigUInt64BE(0)) < now.getTime()) return null;
    return opened.subarray(8);
  } catch (error) {
    if (error instanceof SealedSecretError) return null;
    throw error;
  }
}

export type SetupResult =
  { ok: true; recoveryCodes: string[] } | { ok: false; problem: "expired" | "wrong-code" };

/** Confirms a set-up with a code from the app; stores the sealed secret and returns 10 recovery codes. */
export async function confirmTotpSetup(
  researcherId: string,
  { pending, code }: { pending: string; code: string },
  now = new Date(),
): Promise<SetupResult> {
  const secret = openTotpSetup(researcherId, pending, now);
  if (!secret) return { ok: false, problem: "expired" };
  const step = matchTotpStep(secret, code, { now });
  if (step === null) return { ok: false, problem: "wrong-code" };
  await prisma.researcher.update({
    where: { id: researcherId },
    data: { totpSecretSealed: sealSecret(secret, researcherId), totpLastStep: step },
  });
  const recoveryCodes = await issueRecoveryCodes(researcherId);
  await recordAuditEvent({ researcherId, action: "totp-enabled", target: "lab" });
  return { ok: true, recoveryCodes };
}

/**
 * Checks a current code and records its step, so it is never accepted again (the update is
 * conditional, so two requests racing with one code cannot both pass). False when TOTP is off.
 */
export async function acceptTotpCode(researcherId: string, code: string, now = new Date()): Promise<boolean> {
  const researcher = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { totpSecretSealed: true, totpLastStep: true },
  });
  if (!researcher?.totpSecretSealed) return false;
  const secret = openSealedSecret(researcher.totpSecretSealed, researcherId);
  const step = matchTotpStep(secret, code, { now, lastStep: researcher.totpLastStep });
  if (step === null) return false;
  const { count } = await prisma.researcher.updateMany({
    where: { id: researcherId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** A sign-in's second step: a current code, or a recovery code (then used up and audited). */
export async function checkSecondFactor(
  researcherId: string,
  code: string,
  now = new Date(),
): Promise<"code" | "recovery-code" | null> {
  if (/^\s*\d{6}\s*$/.test(code))
    return (await acceptTotpCode(researcherId, code.trim(), now)) ? "code" : null;
  if (!(await useRecoveryCode(researcherId, code, now))) return null;
  await recordAuditEvent({ researcherId, action: "recovery-code-used", target: "lab" });
  return "recovery-code";
}

/**
 * Turns TOTP off after a current code or the password. Refused (nothing changed) when neither is
 * right, or while an administrator requires TOTP for the account.
 */
export async function disableTotp(
  researcherId: string,
  { code, password }: { code?: string; password?: string },
  now = new Date(),
): Promise<"disabled" | "not-proven" | "required"> {
  const researcher = await prisma.researcher.findUniqueOrThrow({
    where: { id: researcherId },
    select: { passwordHash: true, totpRequired: true },
  });
  if (researcher.totpRequired) return "required";
  const proven =
    (code !== undefined && (await acceptTotpCode(researcherId, code, now))) ||
    (password !== undefined && (await verifyPassword(password, researcher.passwordHash)));
  if (!proven) return "not-proven";
  await prisma.$transaction([
    prisma.researcher.update({
      where: { id: researcherId },
      data: { totpSecretSealed: null, totpLastStep: null },
    }),
    prisma.totpRecoveryCode.deleteMany({ where: { researcherId } }),
  ]);
  await recordAuditEvent({ researcherId, action: "totp-disabled", target: "lab" });
  return "disabled";
}

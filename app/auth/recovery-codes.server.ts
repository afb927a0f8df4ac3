import { createHash, randomBytes } from "node:crypto";
import { prisma } from "~/db.server";
import { TOTP_RECOVERY_CODE_COUNT } from "~/limits";
import { base32Encode } from "./totp.server";

/** SHA-256 of a code as typed, in one canonical form (upper case, no spaces or dashes). */
export function recoveryCodeHash(code: string): string {
  const canonical = code.replace(/[\s-]/g, "").toUpperCase();
  return createHash("sha256").update(canonical).digest("hex");
}

/** A shape check before any database read: 16 base32 characters, dashes and spaces allowed. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[A-Z2-7]{16}$/.test(code.replace(/[\s-]/g, "").toUpperCase());
}

/** Ten fresh codes of 80 random bits each (xxxx-xxxx-xxxx-xxxx), replacing any earlier set. */
export async function issueRecoveryCodes(researcherId: string): Promise<string[]> {
  const codes = Array.from({ length: TOTP_RECOVERY_CODE_COUNT }, () =>
    base32Encode(randomBytes(10)).match(/.{4}/g)!.join("-"),
  );
  await prisma.$transaction([
    prisma.totpRecoveryCode.deleteMany({ where: { researcherId } }),
    prisma.totpRecoveryCode.createMany({
      data: codes.map((code) => ({ researcherId, codeHash: recoveryCodeHash(code) })),
    }),
  ]);
  return codes;
}

/** Uses a recovery code up: true once, for an unused code of this account; false ever after. */
export async function useRecoveryCode(
  researcherId: string,
  code: string,
  now = new Date(),
): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const { count } = await prisma.totpRecoveryCode.updateMany({
    where: { researcherId, codeHash: recoveryCodeHash(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}

export async function unusedRecoveryCodeCount(researcherId: string): Promise<number> {
  return prisma.totpRecoveryCode.count({ where: { researcherId, usedAt: null } });
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { sessionSecret } from "~/security/session-secret.server";

/**
 * Sealing for the TOTP secrets (docs/decisions/041-accounts-and-second-factor.md): AES-256-GCM under
 * a key derived with HKDF-SHA-256 from the server's SESSION_SECRET, which lives outside the database,
 * so a copied database file yields no second factor. The researcher's id is the associated data: a
 * sealed secret moved to another account's row does not open. Format: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url).
 */
const VERSION = "v1";
const HKDF_INFO = "negative-space totp secret v1";
const IV_BYTES = 12;

export class SealedSecretError extends Error {
  constructor() {
    super("The sealed secret could not be opened (altered, or sealed under another SESSION_SECRET)");
    this.name = "SealedSecretError";
  }
}

function sealingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", HKDF_INFO, 32));
}

/** Seals bytes for one account. */
export function sealSecret(plain: Uint8Array, researcherId: string, secret = sessionSecret()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(secret), iv);
  cipher.setAAD(Buffer.from(researcherId));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Opens what sealSecret sealed for the same account; throws SealedSecretError otherwise. */
export function openSealedSecret(sealed: string, researcherId: string, secret = sessionSecret()): Buffer {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0) {
    throw new SealedSecretError();
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(secret), Buffer.from(iv, "base64url"), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(researcherId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  } catch {
    throw new SealedSecretError();
  }
}

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Time-based one-time passwords as authenticator apps make them: RFC 6238 with its defaults —
 * HMAC-SHA-1, a 30-second step counted from the Unix epoch, 6 digits — on top of RFC 4226's HOTP
 * (dynamic truncation, section 5.3). Written on node:crypto: the algorithm is twenty lines, and
 * test/unit/auth/totp.test.ts holds it to the RFCs' own test vectors.
 */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes from one step before and after are accepted too (clock drift, a code typed as it turned). */
export const TOTP_DRIFT_STEPS = 1;
/** 160 bits, the HMAC-SHA-1 key length RFC 4226 (section 4, R6) recommends. */
export const TOTP_SECRET_BYTES = 20;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, as otpauth:// URIs and authenticator apps expect. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

/** Reads base32 (any case, spaces and padding ignored); throws on a character outside the alphabet. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const character of clean) {
    const index = BASE32_ALPHABET.indexOf(character);
    if (index < 0) throw new Error(`base32Decode: "${character}" is not a base32 character`);
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP: the code for a counter, with HMAC-SHA-1 unless another hash is named (RFC 6238 B). */
export function hotp(
  secret: Uint8Array,
  counter: number,
  { digits = TOTP_DIGITS, algorithm = "sha1" }: { digits?: number; algorithm?: string } = {},
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The 30-second step a moment falls in (RFC 6238 section 4.2, T0 = 0). */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The code an authenticator app shows at a moment. */
export function totpCode(secret: Uint8Array, now: Date, options?: { digits?: number; algorithm?: string }) {
  return hotp(secret, totpStep(now), options);
}

/**
 * The step a typed code belongs to, within ±TOTP_DRIFT_STEPS of now, or null. A step at or before
 * `lastStep` (the last one accepted) is never accepted again, so a code seen over someone's shoulder
 * cannot be replayed. Compares in constant time.
 */
export function matchTotpStep(
  secret: Uint8Array,
  code: string,
  { now = new Date(), lastStep = null }: { now?: Date; lastStep?: number | null } = {},
): number | null {
  const typed = Buffer.from(code.replace(/\s/g, ""));
  if (typed.length !== TOTP_DIGITS) return null;
  const current = totpStep(now);
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step += 1) {
    if (lastStep !== null && step <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), typed)) return step;
  }
  return null;
}

/** A new random secret. */
export function newTotpSecret(): Buffer {
  return randomBytes(TOTP_SECRET_BYTES);
}

/** The otpauth:// URI an authenticator app scans (Google Authenticator's Key Uri Format). */
export function otpauthUri(secret: Uint8Array, account: string, issuer = "Negative Space"): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query}`;
}

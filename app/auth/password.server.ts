import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * scrypt cost parameters for new hashes. N = 2^15 with r = 8 needs 32 MiB and ~0.1 s per hash on the
 * project's 2-core machine: slow for guessing, still fine for a sign-in. Each stored hash carries the
 * parameters it was made with, so these can be raised later without breaking existing accounts
 * (`passwordHashNeedsUpgrade` tells the caller to re-hash at the next successful sign-in).
 */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const PREFIX = "scrypt";

type ScryptParameters = { N: number; r: number; p: number };
type ParsedHash = ScryptParameters & { salt: Buffer; key: Buffer };

function deriveKey(
  password: string,
  salt: Buffer,
  parameters: ScryptParameters,
  keyLength: number,
): Promise<Buffer> {
  // Node refuses more than 32 MiB by default; allow what the parameters need, with headroom.
  const options: ScryptOptions = { ...parameters, maxmem: 256 * parameters.N * parameters.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (salt and key in base64url). */
export async function hashPassword(
  password: string,
  parameters: ScryptParameters = SCRYPT_PARAMETERS,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(password, salt, parameters, KEY_LENGTH);
  const { N, r, p } = parameters;
  return [PREFIX, N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parseHash(stored: string): ParsedHash | null {
  const [prefix, N, r, p, salt, key, ...rest] = stored.split("$");
  if (prefix !== PREFIX || !N || !r || !p || !salt || !key || rest.length > 0) return null;
  const parameters = { N: Number(N), r: Number(r), p: Number(p) };
  if (!Object.values(parameters).every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  return { ...parameters, salt: Buffer.from(salt, "base64url"), key: Buffer.from(key, "base64url") };
}

/** True when the password matches the stored hash; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const candidate = await deriveKey(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(candidate, parsed.key);
}

/** True when the stored hash was made with weaker parameters than today's (or cannot be read). */
export function passwordHashNeedsUpgrade(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  return parsed.N < SCRYPT_PARAMETERS.N || parsed.r < SCRYPT_PARAMETERS.r || parsed.p < SCRYPT_PARAMETERS.p;
}

/** A random password for a new account, shown once: 24 characters from 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

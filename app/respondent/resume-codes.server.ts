import { createHash, randomBytes } from "node:crypto";

/**
 * Resume codes: 80 random bits written as 16 Crockford base-32 characters in groups of
 * four (no I, L, O or U, so nothing is misread from a phone screen). Only a SHA-256 hash
 * is stored: the code is unguessable, so a slow password hash would add nothing.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;

export function generateResumeCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  const characters = [...bytes].map((byte) => ALPHABET[byte % 32]).join("");
  return characters.match(/.{4}/g)?.join("-") ?? characters;
}

/** Accepts what people type: lower case, spaces, missing dashes, O for 0, I or L for 1. */
export function normalizeResumeCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (compact.length !== CODE_LENGTH || [...compact].some((character) => !ALPHABET.includes(character)))
    return null;
  return compact.match(/.{4}/g)?.join("-") ?? null;
}

export function hashResumeCode(code: string): string {
  return createHash("sha256").update(`negative-space-resume:${code}`).digest("hex");
}

import { createHash, randomBytes, randomInt } from "node:crypto";
import { z } from "zod";
import { get, insertUnordered, run, type SqlWork } from "~/database/sql";
import { readCommitted, writeTransaction } from "~/db.server";
import { calendarDay } from "~/privacy/calendar-day.server";
import { randomRowId } from "~/privacy/row-ids.server";
import { MAX_CODES_PER_BATCH } from "~/limits";

/**
 * Optional one-time invitation codes: a survey can hand out codes so that each invitation opens
 * one response, without knowing who anyone is. Only a hash is stored; a used code gets the
 * calendar day it was used and nothing else — no link to the response it opened, no time.
 * Codes are 60 random bits written as 12 Crockford base-32 characters (XXXX-XXXX-XXXX).
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 12;

export function hashInvitationCode(surveyId: string, code: string): string {
  return createHash("sha256").update(`negative-space-invitation:${surveyId}:${code}`).digest("hex");
}

/** Accepts what people type: lower case, spaces, missing dashes, O for 0, I or L for 1. */
export function normalizeInvitationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (compact.length !== CODE_LENGTH || [...compact].some((character) => !ALPHABET.includes(character)))
    return null;
  return compact.match(/.{4}/g)?.join("-") ?? null;
}

function generateInvitationCode(): string {
  const characters = [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte % 32]).join("");
  return characters.match(/.{4}/g)?.join("-") ?? characters;
}

/** A copy in random order (Fisher–Yates with a cryptographic generator). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let last = copy.length - 1; last > 0; last--) {
    const pick = randomInt(last + 1);
    [copy[last], copy[pick]] = [copy[pick] as T, copy[last] as T];
  }
  return copy;
}

/** Makes `count` new codes for a survey and returns them — the only time they exist in plain text. */
export async function createInvitationCodes(surveyId: string, count: number): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_BATCH) {
    throw new RangeError(`createInvitationCodes makes 1 to ${MAX_CODES_PER_BATCH} codes at a time`);
  }
  const codes = Array.from({ length: count }, generateInvitationCode);
  await writeTransaction(function* () {
    // Rows placed at random and written in an order other than the list's: whoever keeps the list
    // ("the 12th code went to Ana") must not find it in the file (docs/security.md, "Arrival order").
    for (const code of shuffled(codes))
      yield* insertUnordered("InvitationCode", {
        id: randomRowId(),
        surveyId,
        codeHash: hashInvitationCode(surveyId, code),
      });
  });
  return codes;
}

export type InvitationRedemption = "accepted" | "already-used" | "unknown";

const USE_CODE =
  'UPDATE "InvitationCode" SET "usedOn" = ? WHERE "codeHash" = ? AND "surveyId" = ? AND "usedOn" IS NULL';
const FIND_CODE = 'SELECT "usedOn" FROM "InvitationCode" WHERE "codeHash" = ? AND "surveyId" = ?';
const codeRow = z.object({ usedOn: z.string().nullable() }).optional();

/**
 * Uses a code once, inside the caller's write transaction (so the respondent's draft and the used
 * code commit together, or neither): "accepted" the first time (the code is marked used with
 * today's date), "already-used" afterwards, "unknown" for anything that is not one of this
 * survey's codes. The caller learns nothing it could store with the response.
 */
export function* consumeInvitationCode(surveyId: string, typed: string): SqlWork<InvitationRedemption> {
  const code = normalizeInvitationCode(typed);
  if (!code) return "unknown";
  const codeHash = hashInvitationCode(surveyId, code);
  if ((yield* run(USE_CODE, calendarDay(), codeHash, surveyId)).changes === 1) return "accepted";
  return codeRow.parse(yield* get(FIND_CODE, codeHash, surveyId)) ? "already-used" : "unknown";
}

/** `consumeInvitationCode` in a transaction of its own. */
export function redeemInvitationCode(surveyId: string, typed: string): Promise<InvitationRedemption> {
  return writeTransaction(() => consumeInvitationCode(surveyId, typed));
}

/**
 * What `consumeInvitationCode` would answer now, without using the code: lets a page report a bad
 * code together with its other problems. Only the write transaction decides who gets a code.
 */
export async function checkInvitationCode(surveyId: string, typed: string): Promise<InvitationRedemption> {
  const code = normalizeInvitationCode(typed);
  if (!code) return "unknown";
  const row = codeRow.parse(
    await readCommitted(() => get(FIND_CODE, hashInvitationCode(surveyId, code), surveyId)),
  );
  return !row ? "unknown" : row.usedOn === null ? "accepted" : "already-used";
}

import { z } from "zod";
import type { AnswerValue, Answers } from "../../instrument/answers";
import { RESPONSE_FLAGS, type ResponseFlag } from "~/security/response-flags";
import type { Presentation } from "../../instrument/presentation-order";

/*
 * The JSON columns of drafts (ResumeDraft) and responses (Response), as zod codecs: `decode` on every
 * read, `encode` on every write, so what is stored can always be read back. A row that fails is an
 * error naming the row and the column (docs/decisions/017), never a guess.
 */

/** A JSON text column holding `shape`. */
function jsonColumn<T>(shape: z.ZodType<T>) {
  return z.codec(z.string(), shape, {
    decode: (text, payload) => {
      try {
        const value: unknown = JSON.parse(text);
        return value;
      } catch {
        payload.issues.push({
          code: "invalid_format",
          format: "json",
          input: text,
          message: "not valid JSON",
        });
        return z.NEVER;
      }
    },
    encode: (value) => JSON.stringify(value),
  });
}

// The shapes are checked by plain predicates inside zod rather than by z.record/z.union: every
// respondent request decodes a draft and most encode one, and this halves the cost (decision 017).
const isAnswer = (value: unknown) =>
  value === null ||
  typeof value === "string" ||
  typeof value === "number" ||
  (Array.isArray(value) && value.every((code) => typeof code === "number"));
const isCount = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 0;
const isListOf = (kind: "string" | "number") => (value: unknown) =>
  Array.isArray(value) && value.every((entry) => typeof entry === kind);

/** An object whose every value passes `valid`; the first that does not is the problem, at its key. */
function recordOf<T>(valid: (value: unknown) => boolean, expected: string) {
  return z.custom<Record<string, T>>().superRefine((value, context) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      context.addIssue({ code: "custom", message: `expected an object whose values are each ${expected}` });
      return;
    }
    const bad = Object.entries(value).find(([, entry]) => !valid(entry));
    if (bad) context.addIssue({ code: "custom", path: [bad[0]], message: `expected ${expected}` });
  });
}

/** Answers keyed by item id (instrument/answers.ts). */
export const storedAnswers = jsonColumn<Answers>(
  recordOf<AnswerValue>(isAnswer, "an answer (a number, a list of numbers, a text or null)"),
);

/** The order one respondent saw things in; "{}" (the column default) is definition order throughout. */
export const storedPresentation = jsonColumn<Presentation>(
  z.object({
    items: recordOf<string[]>(isListOf("string"), "a list of ids").default({}),
    options: recordOf<number[]>(isListOf("number"), "a list of option codes").default({}),
    rows: recordOf<string[]>(isListOf("string"), "a list of ids").default({}),
  }),
);

const COUNT = "a whole number of 0 or more";

/** Whole seconds per page id. */
export const storedPageSeconds = jsonColumn<Record<string, number>>(recordOf<number>(isCount, COUNT));

/** Ids of the pages whose answers passed validation. */
export const storedPageIds = jsonColumn<string[]>(z.array(z.string()));

/** Per page id, how many views have been timed (app/respondent/page-timing.server.ts). */
export const storedViewCounts = jsonColumn<Record<string, number>>(recordOf<number>(isCount, COUNT));

/** Signs of an automated submission (app/security/response-flags.ts). */
export const storedResponseFlags = jsonColumn<ResponseFlag[]>(z.array(z.enum(RESPONSE_FLAGS)));

/** A stored row that does not have the shape this version of the app writes. */
export class StoredRowError extends Error {
  constructor(table: string, id: string, problem: string) {
    super(
      `${table} ${id} cannot be read: ${problem}. It was changed outside the app; restore it from a backup or correct it.`,
    );
    this.name = "StoredRowError";
  }
}

const rowId = z.object({ id: z.string() });

/**
 * A row read by a query, checked against `schema` (its JSON columns decoded by the codecs above), or a
 * StoredRowError naming the table, the row's id and the first problem ("answers.q3: Invalid input").
 * The stored value itself is never repeated in the message: it may be someone's answer.
 */
export function readStoredRow<T>(table: string, schema: z.ZodType<T>, row: unknown): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const id = rowId.safeParse(row).data?.id ?? "(without an id)";
  const issue = parsed.error.issues[0];
  const problem = issue ? `${issue.path.join(".") || "the row"}: ${issue.message}` : "unreadable";
  throw new StoredRowError(table, id, problem);
}

const answersOfRow = z.object({ answers: storedAnswers });

/** The answers of a Response row, decoded, or a StoredRowError naming the row. */
export function responseAnswers(row: { id: string; answers: string }): Answers {
  return readStoredRow("Response", answersOfRow, row).answers;
}

const isElementHash = (value: unknown) =>
  value === null || (typeof value === "string" && /^[0-9a-f]{64}$/.test(value));

/**
 * An identification code as stored (ResumeDraft.identificationCode, ResponseIdentificationCode.elements): element
 * id → HMAC-SHA-256 hex under the study's key, or null for "I don't know" (decision 059). Anything else, such as
 * a raw answer, is refused on the way in as on the way out.
 */
export const storedIdentificationCode = jsonColumn<Record<string, string | null>>(
  recordOf<string | null>(isElementHash, "a keyed hash (64 hex digits) or null"),
);

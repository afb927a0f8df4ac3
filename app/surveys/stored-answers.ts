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

const answerValue: z.ZodType<AnswerValue> = z.union([z.number(), z.array(z.number()), z.string(), z.null()]);

/** Answers keyed by item id (instrument/answers.ts). */
export const storedAnswers = jsonColumn<Answers>(z.record(z.string(), answerValue));

/** The order one respondent saw things in; "{}" (the column default) is definition order throughout. */
export const storedPresentation = jsonColumn<Presentation>(
  z.object({
    items: z.record(z.string(), z.array(z.string())).default({}),
    options: z.record(z.string(), z.array(z.number())).default({}),
    rows: z.record(z.string(), z.array(z.string())).default({}),
  }),
);

const count = z.number().int().nonnegative();

/** Whole seconds per page id. */
export const storedPageSeconds = jsonColumn<Record<string, number>>(z.record(z.string(), count));

/** Ids of the pages whose answers passed validation. */
export const storedPageIds = jsonColumn<string[]>(z.array(z.string()));

/** Per page id, how many views have been timed (app/respondent/page-timing.server.ts). */
export const storedViewCounts = jsonColumn<Record<string, number>>(z.record(z.string(), count));

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

// Redaction in place (docs/decisions/037-free-text-redaction-and-codes.md): a passage a researcher
// types is replaced by a marker in the stored answer. The original is overwritten, not kept: no copy
// in the audit trail or any other table, SQLite's secure_delete zeroes the space the old text took
// (app/db.server.ts), and the WAL, which may still hold the page as it was, is emptied afterwards.
import { recordAuditEvent } from "~/audit/audit.server";
import { database, prisma, SQLITE_BUSY_TIMEOUT_MS } from "~/db.server";
import { REDACTION_MARKER } from "~/limits";
import { storedAnswers } from "~/surveys/stored-answers";
import { requireFreeTextAnswer } from "./free-text-review.server";

export type Redaction =
  { ok: true; occurrences: number; characters: number; walEmptied: boolean } | { ok: false; message: string };

export const PASSAGE_NOT_FOUND =
  "That passage is not in this answer. Copy it exactly as it appears, capitals and spaces included.";

/** `text` with every occurrence of `passage` replaced by the marker, and how many there were. */
export function redactPassage(text: string, passage: string): { text: string; occurrences: number } {
  const parts = text.split(passage);
  return { text: parts.join(REDACTION_MARKER), occurrences: parts.length - 1 };
}

/**
 * One try at copying the WAL into the database file and truncating it to zero bytes. It must not
 * wait on the event loop (SQLite's busy wait sleeps), so the connection's busy timeout is 0 meanwhile;
 * a reader holding an older snapshot makes it report busy.
 */
function truncateWalOnce(): boolean {
  const connection = database();
  connection.pragma("busy_timeout = 0");
  try {
    const [result] = connection.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number }[];
    return result?.busy === 0 && result.log === 0;
  } catch {
    return false;
  } finally {
    connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

/** Empties the WAL, retrying for up to about 2 s; false if readers kept it busy (the maintenance run empties it later). */
export async function emptyWal(attempts = 40): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (truncateWalOnce()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Replaces every occurrence of `passage` in one free-text answer by the marker and overwrites the
 * stored answer. The write only lands on the answers it read (compare-and-set), so two redactions of
 * the same response at once cannot bring a passage back. Audited with counts, never the text.
 */
export async function redactFreeText(
  researcherId: string,
  survey: { id: string; slug: string },
  key: { responseId: string; itemId: string },
  passage: string,
): Promise<Redaction> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await requireFreeTextAnswer(survey.id, key.responseId, key.itemId);
    const redacted = redactPassage(answer.text, passage);
    if (redacted.occurrences === 0) return { ok: false, message: PASSAGE_NOT_FOUND };
    const before = storedAnswers.encode(answer.answers);
    const after = storedAnswers.encode({ ...answer.answers, [key.itemId]: redacted.text });
    const { count } = await prisma.response.updateMany({
      where: { id: key.responseId, answers: before },
      data: { answers: after },
    });
    if (count === 0) continue;
    const characters = passage.length * redacted.occurrences;
    await recordAuditEvent({
      researcherId,
      action: "free-text-redacted",
      target: `survey:${survey.slug}`,
      surveyId: survey.id,
      detail: `response ${key.responseId}, item ${key.itemId}: ${redacted.occurrences} passage(s), ${characters} characters`,
    });
    return { ok: true, occurrences: redacted.occurrences, characters, walEmptied: await emptyWal() };
  }
  throw new Response("The answer kept changing while it was being redacted. Try again.", { status: 409 });
}

// Redaction in place (docs/decisions/037-free-text-redaction-and-codes.md): a passage a researcher
// types is replaced by a marker in the stored answer. The original is overwritten, not kept: no copy
// in the audit trail or any other table, and the database door then erases what its files still hold
// of the old row (on SQLite secure_delete has zeroed it and the WAL is emptied; on PostgreSQL the table
// is rewritten: app/database/).
import { recordAuditEvent } from "~/audit/audit.server";
import { forgetOverwrittenData, prisma } from "~/db.server";
import { REDACTION_MARKER } from "~/limits";
import { storedAnswers } from "~/surveys/stored-answers";
import { requireFreeTextAnswer } from "./free-text-review.server";

export type Redaction =
  | { ok: true; occurrences: number; characters: number; oldTextErased: boolean }
  | { ok: false; message: string };

export const PASSAGE_NOT_FOUND =
  "That passage is not in this answer. Copy it exactly as it appears, capitals and spaces included.";

/** `text` with every occurrence of `passage` replaced by the marker, and how many there were. */
export function redactPassage(text: string, passage: string): { text: string; occurrences: number } {
  const parts = text.split(passage);
  return { text: parts.join(REDACTION_MARKER), occurrences: parts.length - 1 };
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
    return {
      ok: true,
      occurrences: redacted.occurrences,
      characters,
      oldTextErased: await forgetOverwrittenData(),
    };
  }
  throw new Response("The answer kept changing while it was being redacted. Try again.", { status: 409 });
}

// What a free-text page form asks for, carried out: one place the route calls (thin routes).
import { REDACTION_MARKER } from "~/limits";
import { createCode, deleteCode, renameCode, tagAnswer } from "./free-text-codebook.server";
import type { FreeTextAction } from "./free-text-forms";
import { redactFreeText } from "./free-text-redaction.server";
import { hideFreeText } from "./free-text-review.server";

export type FreeTextOutcome = { ok: true; notice: string } | { ok: false; field: string; message: string };
type Survey = { id: string; slug: string };

async function redact(researcherId: string, survey: Survey, action: FreeTextAction & { intent: "redact" }) {
  const { responseId, itemId, passage } = action;
  const done = await redactFreeText(researcherId, survey, { responseId, itemId }, passage);
  if (!done.ok) return { ok: false as const, field: "passage", message: done.message };
  const where = `the answer to ${itemId} in response ${responseId}`;
  const times = done.occurrences === 1 ? "once" : `${done.occurrences} times`;
  const log = done.oldTextErased
    ? ""
    : " The database's own files still hold it until the next maintenance run, within minutes.";
  return {
    ok: true as const,
    notice: `The passage is replaced by ${REDACTION_MARKER} ${times} in ${where}; the original is not kept.${log}`,
  };
}

export async function runFreeTextAction(
  researcherId: string,
  survey: Survey,
  action: FreeTextAction,
): Promise<FreeTextOutcome> {
  switch (action.intent) {
    case "hide":
      await hideFreeText(researcherId, survey, action.responseId, action.itemId);
      return {
        ok: true,
        notice: `The answer to ${action.itemId} in response ${action.responseId} is hidden from exports.`,
      };
    case "redact":
      return redact(researcherId, survey, action);
    case "tag":
      return tagAnswer(survey, { responseId: action.responseId, itemId: action.itemId }, action.codeIds);
    case "code-create":
      return createCode(researcherId, survey, { name: action.name, description: action.description });
    case "code-rename":
      return renameCode(researcherId, survey, action.codeId, {
        name: action.name,
        description: action.description,
      });
    case "code-delete":
      return deleteCode(researcherId, survey, action.codeId);
  }
}

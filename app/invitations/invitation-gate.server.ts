import { z } from "zod";
import type { FormFields } from "../../instrument/page-validation";
import { TYPED_CODE_MAX_LENGTH } from "~/limits";
import type { MessageId } from "~/i18n/catalog-en";
import { translate } from "~/i18n/translate.server";
import { INVITATION_CODE_FIELD } from "./invitation-code-field";
import { checkInvitationCode, type InvitationRedemption } from "./invitation-codes.server";

/**
 * The invitation gate of a survey that requires one: a new respondent types the code from their
 * invitation on the first page. It is checked here, and used (marked used, day only) only when the
 * draft is created — in the draft's own write transaction (app/respondent/drafts.server.ts), so one
 * code opens one draft even when two people send it at once. Neither the code nor its hash is kept
 * with the draft.
 */
export type Invitation = { typed: string; error: string | null };

/** What the gate needs to know about a respondent (the respondent's context has more). */
export type InvitationGateContext = {
  survey: { id: string; requiresInvitation: boolean };
  draft: object | null;
  /** The respondent's language, for the messages. */
  language: string;
};

// The schema's messages are catalog ids (app/i18n), worded in the respondent's language below.
const typedCodeSchema = z
  .string()
  .trim()
  .min(1, "invitation.missing" satisfies MessageId)
  .max(TYPED_CODE_MAX_LENGTH, "invitation.tooLong" satisfies MessageId);

/** What a respondent reads when their code cannot open the survey; null when it can. */
export function invitationProblem(outcome: InvitationRedemption, language: string): string | null {
  switch (outcome) {
    case "accepted":
      return null;
    case "already-used":
      return translate(language, "invitation.alreadyUsed");
    case "unknown":
      return translate(language, "invitation.unknown");
  }
}

/** True when the survey requires an invitation and the respondent has no draft yet (so is on the first page). */
export function asksForInvitation(context: InvitationGateContext): boolean {
  return context.survey.requiresInvitation && !context.draft;
}

/** The invitation code sent with a new respondent's first page, and what is wrong with it; null when none is asked for. */
export async function readInvitation(
  context: InvitationGateContext,
  form: FormFields,
): Promise<Invitation | null> {
  if (!asksForInvitation(context)) return null;
  const raw = form.get(INVITATION_CODE_FIELD);
  const parsed = typedCodeSchema.safeParse(typeof raw === "string" ? raw : "");
  if (!parsed.success)
    return {
      typed: typeof raw === "string" ? raw : "",
      error: translate(
        context.language,
        (parsed.error.issues[0]?.message ?? "invitation.missing") as MessageId,
      ),
    };
  return {
    typed: parsed.data,
    error: invitationProblem(await checkInvitationCode(context.survey.id, parsed.data), context.language),
  };
}

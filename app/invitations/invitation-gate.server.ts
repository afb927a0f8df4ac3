import { z } from "zod";
import type { FormFields } from "../../instrument/page-validation";
import { TYPED_CODE_MAX_LENGTH } from "~/limits";
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
};

const MISSING = "Enter the invitation code from your invitation.";

const typedCodeSchema = z
  .string()
  .trim()
  .min(1, MISSING)
  .max(
    TYPED_CODE_MAX_LENGTH,
    "That is too long to be an invitation code: it has 12 letters and digits, like ABCD-EFGH-JKMN.",
  );

/** What a respondent reads when their code cannot open the survey; null when it can. */
export function invitationProblem(outcome: InvitationRedemption): string | null {
  switch (outcome) {
    case "accepted":
      return null;
    case "already-used":
      return "This invitation code has already been used: each code opens the survey once. If you started with it before, continue with your resume code.";
    case "unknown":
      return "This is not an invitation code for this survey. Check it against your invitation: 12 letters and digits, like ABCD-EFGH-JKMN.";
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
    return { typed: typeof raw === "string" ? raw : "", error: parsed.error.issues[0]?.message ?? MISSING };
  return {
    typed: parsed.data,
    error: invitationProblem(await checkInvitationCode(context.survey.id, parsed.data)),
  };
}

import { z } from "zod";
import { prisma } from "~/db.server";

/** Everything a researcher can do in the lab that the audit trail records. Add new actions here. */
export const auditActionSchema = z.enum([
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "sign-out-everywhere",
  "import",
  "new-version",
  "stage-version",
  "discard-version",
  "open",
  "close",
  "invitations-required",
  "invitations-not-required",
  "invitation-codes",
  "exclusion",
  "exclusion-removed",
  "free-text-hidden",
  "response-viewed",
  "free-text-redacted",
  "free-text-codebook",
  "analysis-run",
  "export",
  "publish",
  "withdraw-finding",
  "supersede-finding",
  "member-added",
  "member-role-changed",
  "member-removed",
  "account-created",
  "account-deactivated",
  "account-reactivated",
  "account-made-admin",
  "account-admin-removed",
  "password-reset",
  "password-changed",
  "totp-enabled",
  "totp-disabled",
  "totp-required",
  "totp-not-required",
  "second-factor-failed",
  "recovery-code-used",
  "study-created",
  "study-wave-added",
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const AUDIT_TARGET_MAX_LENGTH = 200;
export const AUDIT_DETAIL_MAX_LENGTH = 2000;

const auditEventInputSchema = z
  .object({
    // Null only for a failed sign-in to an account that does not exist.
    researcherId: z.string().min(1).nullable(),
    action: auditActionSchema,
    /** What was acted on, e.g. "survey:support-work-and-erosion" or "lab". */
    target: z.string().min(1).max(AUDIT_TARGET_MAX_LENGTH),
    detail: z.string().max(AUDIT_DETAIL_MAX_LENGTH).optional(),
    /** The survey the action concerned: its members read it in the survey's trail. */
    surveyId: z.string().min(1).optional(),
  })
  // A survey's or finding's event without its survey would be missing from the survey's trail.
  .refine((event) => !/^(survey|finding):/.test(event.target) || event.surveyId !== undefined, {
    message: "an event about a survey or finding must name its survey (surveyId)",
  });
export type AuditEventInput = z.input<typeof auditEventInputSchema>;

/**
 * Records one lab action. Never put respondents' data, client addresses or typed passwords in
 * `target` or `detail`: the trail is about what researchers did.
 */
export async function recordAuditEvent(input: AuditEventInput): Promise<void> {
  const event = auditEventInputSchema.parse(input);
  await prisma.auditEvent.create({
    data: { ...event, detail: event.detail ?? null, surveyId: event.surveyId ?? null },
  });
}

import { z } from "zod";
import { prisma } from "~/db.server";
import { type PageInfo, pageInfo, pageOffset } from "~/forms/pagination";
import { AUDIT_PAGE_SIZE } from "~/limits";

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
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const AUDIT_TARGET_MAX_LENGTH = 200;
export const AUDIT_DETAIL_MAX_LENGTH = 2000;

const auditEventInputSchema = z.object({
  // Null only for a failed sign-in to an account that does not exist.
  researcherId: z.string().min(1).nullable(),
  action: auditActionSchema,
  /** What was acted on, e.g. "survey:support-work-and-erosion" or "lab". */
  target: z.string().min(1).max(AUDIT_TARGET_MAX_LENGTH),
  detail: z.string().max(AUDIT_DETAIL_MAX_LENGTH).optional(),
  /** The survey the action concerned: its members read it in the survey's trail. */
  surveyId: z.string().min(1).optional(),
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

export type AuditEventRow = {
  id: string;
  at: Date;
  researcherEmail: string | null;
  action: string;
  target: string;
  detail: string | null;
};

export type AuditPage = PageInfo & { events: AuditEventRow[] };

/** One page of the trail, newest first (ties broken by id so pages never overlap). */
export async function listAuditEvents(page: number): Promise<AuditPage> {
  const [total, rows] = await Promise.all([
    prisma.auditEvent.count(),
    prisma.auditEvent.findMany({
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: pageOffset(page, AUDIT_PAGE_SIZE),
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        target: true,
        detail: true,
        researcher: { select: { email: true } },
      },
    }),
  ]);
  const events = rows.map(({ researcher, ...row }) => ({
    ...row,
    researcherEmail: researcher?.email ?? null,
  }));
  // A page past the end is shown empty ("no events on this page"), not moved back.
  return { events, ...pageInfo(total, page, AUDIT_PAGE_SIZE, false) };
}

import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";

/** A refusal the lab shows on the field that explains it. */
export type StatusRefusal = { ok: false; field: string; message: string };
export type StatusOutcome = { ok: true; notice: string } | StatusRefusal;

const NOT_FOUND: StatusRefusal = {
  ok: false,
  field: "slug",
  message: "There is no finding at that address.",
};

/**
 * Withdraws a finding: every version's page becomes a tombstone that keeps the citation and says why
 * (HTTP 410). The versions themselves stay untouched (they are immutable); a withdrawal is final
 * (a database trigger refuses to change or undo it).
 */
export async function withdrawFinding(
  researcherId: string,
  slug: string,
  reason: string,
  now: Date = new Date(),
): Promise<StatusOutcome> {
  const finding = await prisma.finding.findUnique({
    where: { slug },
    select: { withdrawnAt: true, surveyId: true },
  });
  if (!finding) return NOT_FOUND;
  if (finding.withdrawnAt) return { ok: false, field: "slug", message: "This finding is already withdrawn." };
  await prisma.finding.update({ where: { slug }, data: { withdrawnAt: now, withdrawnReason: reason } });
  await recordAuditEvent({
    researcherId,
    action: "withdraw-finding",
    target: `finding:${slug}`,
    surveyId: finding.surveyId,
    detail: reason,
  });
  return { ok: true, notice: `Withdrawn: /findings/${slug} now shows a tombstone with the reason.` };
}

/**
 * Marks `slug` as superseded by `bySlug`: its pages link to the newer finding. The newer finding must
 * be published, not withdrawn and not itself superseded (point at the latest instead), which also
 * keeps the chain free of cycles.
 */
export async function supersedeFinding(
  researcherId: string,
  slug: string,
  bySlug: string,
): Promise<StatusOutcome> {
  const refusal = (message: string): StatusRefusal => ({ ok: false, field: "bySlug", message });
  if (slug === bySlug) return refusal("A finding cannot supersede itself.");
  const [finding, successor] = await Promise.all([
    prisma.finding.findUnique({ where: { slug }, select: { id: true, surveyId: true } }),
    prisma.finding.findUnique({
      where: { slug: bySlug },
      select: { id: true, withdrawnAt: true, supersededById: true, _count: { select: { versions: true } } },
    }),
  ]);
  if (!finding) return NOT_FOUND;
  if (!successor || successor._count.versions === 0) return refusal("There is no finding at that address.");
  if (successor.withdrawnAt) return refusal("That finding is withdrawn; choose one readers can read.");
  if (successor.supersededById)
    return refusal("That finding is itself superseded; choose the finding that replaced it.");
  await prisma.finding.update({ where: { slug }, data: { supersededById: successor.id } });
  await recordAuditEvent({
    researcherId,
    action: "supersede-finding",
    target: `finding:${slug}`,
    surveyId: finding.surveyId,
    detail: `superseded by finding:${bySlug}`,
  });
  return { ok: true, notice: `/findings/${slug} now links to /findings/${bySlug}.` };
}

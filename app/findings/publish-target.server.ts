import { prisma } from "~/db.server";

/** What the researcher chose to publish: the next version of one of the survey's findings, or a new one. */
export type PublishTarget = { target: "new-version" | "new-finding"; findingSlug: string };

/** A refusal tied to the field that explains it. */
export type TargetRefusal = { field: "findingSlug" | "target"; message: string };

/**
 * Checks the choice against what is stored: a new version goes to a finding of this survey that is
 * not withdrawn; a new finding needs an address no finding has. An address belongs to the survey that
 * first published to it, so another survey's finding is never continued by mistake.
 */
export async function checkPublishTarget(
  surveyId: string,
  chosen: PublishTarget,
): Promise<TargetRefusal | null> {
  const existing = await prisma.finding.findUnique({
    where: { slug: chosen.findingSlug },
    select: { surveyId: true, withdrawnAt: true },
  });
  if (existing && existing.surveyId !== surveyId)
    return {
      field: "findingSlug",
      message: `The address “${chosen.findingSlug}” belongs to a finding of another survey. Choose another address.`,
    };
  if (chosen.target === "new-finding")
    return existing
      ? {
          field: "findingSlug",
          message: `This survey already has a finding at “${chosen.findingSlug}”. Choose “New version of” it, or another address.`,
        }
      : null;
  if (!existing)
    return { field: "target", message: "That finding does not exist. Choose the finding again." };
  if (existing.withdrawnAt)
    return {
      field: "target",
      message: "That finding has been withdrawn and takes no new versions. Publish a new finding instead.",
    };
  return null;
}

import { prisma } from "~/db.server";

export type FindingSummary = {
  slug: string;
  title: string;
  summary: string;
  latestVersion: number;
  isSynthetic: boolean;
  /** The day it was withdrawn; its page is then a tombstone. */
  withdrawnOn: string | null;
  supersededBy: string | null;
};

/**
 * Published findings, each represented by its latest version, newest first. Withdrawn ones are listed
 * after the others (their citation still resolves, to a tombstone) unless `withdrawn: "leave-out"`.
 */
export async function listPublishedFindings(
  options: { withdrawn?: "include" | "leave-out" } = {},
): Promise<FindingSummary[]> {
  const findings = await prisma.finding.findMany({
    where: {
      versions: { some: {} },
      ...(options.withdrawn === "leave-out" ? { withdrawnAt: null } : {}),
    },
    select: {
      slug: true,
      withdrawnAt: true,
      supersededBy: { select: { slug: true } },
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, title: true, summary: true, isSynthetic: true },
      },
    },
    // Withdrawn findings last: readers meet findings they can read first.
    orderBy: [{ withdrawnAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return findings.flatMap(({ slug, withdrawnAt, supersededBy, versions: [latest] }) =>
    latest
      ? [
          {
            slug,
            title: latest.title,
            summary: latest.summary,
            latestVersion: latest.version,
            isSynthetic: latest.isSynthetic,
            withdrawnOn: withdrawnAt ? withdrawnAt.toISOString().slice(0, 10) : null,
            supersededBy: supersededBy?.slug ?? null,
          },
        ]
      : [],
  );
}

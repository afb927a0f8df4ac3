import { prisma } from "~/db.server";

export type FindingSummary = {
  slug: string;
  title: string;
  summary: string;
  latestVersion: number;
  isSynthetic: boolean;
};

/** Published findings, each represented by its latest version. */
export async function listPublishedFindings(): Promise<FindingSummary[]> {
  const findings = await prisma.finding.findMany({
    where: { versions: { some: {} } },
    select: {
      slug: true,
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, title: true, summary: true, isSynthetic: true },
      },
    },
    orderBy: { createdAt: "desc" },
  });
  return findings.flatMap(({ slug, versions: [latest] }) =>
    latest
      ? [
          {
            slug,
            title: latest.title,
            summary: latest.summary,
            latestVersion: latest.version,
            isSynthetic: latest.isSynthetic,
          },
        ]
      : [],
  );
}

import { prisma } from "~/db.server";
import type { FindingStatus } from "./finding-versions.server";

export type LabFindingRow = {
  slug: string;
  surveySlug: string;
  title: string;
  versions: { version: number; publishedOn: string }[];
  status: FindingStatus;
};

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The survey a finding belongs to (its slug was claimed by that survey, decision 035), or null. */
export async function findingSurveyId(slug: string): Promise<string | null> {
  const finding = await prisma.finding.findUnique({ where: { slug }, select: { surveyId: true } });
  return finding?.surveyId ?? null;
}

/**
 * The findings of the surveys the researcher is a member of, with their versions and status, newest
 * first, for the lab's findings page.
 */
export async function listLabFindings(researcherId: string): Promise<LabFindingRow[]> {
  const findings = await prisma.finding.findMany({
    where: { survey: { memberships: { some: { researcherId } } } },
    orderBy: [{ createdAt: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      withdrawnAt: true,
      withdrawnReason: true,
      survey: { select: { slug: true } },
      supersededBy: { select: { slug: true } },
      versions: { orderBy: { version: "desc" }, select: { version: true, publishedAt: true, title: true } },
    },
  });
  const titles = new Map(
    findings.map((finding) => [finding.slug, finding.versions[0]?.title ?? finding.slug]),
  );
  return findings
    .filter((finding) => finding.versions.length > 0)
    .map((finding) => ({
      slug: finding.slug,
      surveySlug: finding.survey.slug,
      title: titles.get(finding.slug) ?? finding.slug,
      versions: finding.versions.map((entry) => ({
        version: entry.version,
        publishedOn: day(entry.publishedAt),
      })),
      status: {
        withdrawn: finding.withdrawnAt
          ? { on: day(finding.withdrawnAt), reason: finding.withdrawnReason ?? "" }
          : null,
        supersededBy: finding.supersededBy
          ? { slug: finding.supersededBy.slug, title: titles.get(finding.supersededBy.slug) ?? "" }
          : null,
      },
    }));
}

/** One of a survey's findings as the publish form offers it: its latest version, to start the next from. */
export type PublishableFinding = {
  slug: string;
  latestVersion: number;
  title: string;
  summary: string;
  narrative: string;
  chartIds: string[];
  superseded: boolean;
};

/** The survey's findings that can take a new version (not withdrawn), most recently published first. */
export async function publishableFindings(surveyId: string): Promise<PublishableFinding[]> {
  const findings = await prisma.finding.findMany({
    where: { surveyId, withdrawnAt: null, versions: { some: {} } },
    select: {
      slug: true,
      supersededById: true,
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: {
          version: true,
          title: true,
          summary: true,
          narrative: true,
          snapshot: true,
          publishedAt: true,
        },
      },
    },
  });
  return findings
    .flatMap(({ slug, supersededById, versions: [latest] }) =>
      latest ? [{ slug, supersededById, latest }] : [],
    )
    .sort((a, b) => b.latest.publishedAt.getTime() - a.latest.publishedAt.getTime())
    .map(({ slug, supersededById, latest }) => ({
      slug,
      latestVersion: latest.version,
      title: latest.title,
      summary: latest.summary,
      narrative: latest.narrative,
      chartIds: chartIdsOf(latest.snapshot),
      superseded: supersededById !== null,
    }));
}

/** The chart ids of a stored snapshot, read without parsing the whole snapshot schema. */
function chartIdsOf(snapshot: string): string[] {
  const parsed = JSON.parse(snapshot) as { charts?: { id?: unknown }[] };
  return (parsed.charts ?? []).flatMap((chart) => (typeof chart.id === "string" ? [chart.id] : []));
}

import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { type FindingSnapshot, type FindingSnapshotInput, findingSnapshotSchema } from "./finding-snapshot";

/** Where a finding stands: withdrawn (date and reason) and/or superseded by another finding. */
export type FindingStatus = {
  withdrawn: { on: string; reason: string } | null;
  supersededBy: { slug: string; title: string } | null;
};

export type FindingVersionView = {
  slug: string;
  status: FindingStatus;
  version: number;
  latestVersion: number;
  versions: { version: number; publishedOn: string }[];
  title: string;
  summary: string;
  narrative: string;
  isSynthetic: boolean;
  publishedOn: string;
  snapshot: FindingSnapshot;
};

// Published versions never change (a database trigger refuses edits), so parsed snapshots can be kept.
const snapshotCache = new Map<string, FindingSnapshot>();

/** A published version (the latest when `version` is omitted), or null when there is none. */
export async function getFindingVersion(slug: string, version?: number): Promise<FindingVersionView | null> {
  const finding = await prisma.finding.findUnique({
    where: { slug },
    select: {
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true } },
      withdrawnAt: true,
      withdrawnReason: true,
      supersededBy: {
        select: { slug: true, versions: { orderBy: { version: "desc" }, take: 1, select: { title: true } } },
      },
    },
  });
  const chosen =
    version === undefined
      ? finding?.versions[0]
      : finding?.versions.find((candidate) => candidate.version === version);
  if (!finding || !chosen) return null;
  const row = await prisma.findingVersion.findUniqueOrThrow({
    where: { id: chosen.id },
    select: { title: true, summary: true, narrative: true, isSynthetic: true, snapshot: true },
  });
  let snapshot = snapshotCache.get(chosen.id);
  if (!snapshot) {
    snapshot = findingSnapshotSchema.parse(JSON.parse(row.snapshot));
    snapshotCache.set(chosen.id, snapshot);
  }
  const successor = finding.supersededBy;
  return {
    slug,
    status: {
      withdrawn: finding.withdrawnAt
        ? { on: finding.withdrawnAt.toISOString().slice(0, 10), reason: finding.withdrawnReason ?? "" }
        : null,
      supersededBy: successor
        ? { slug: successor.slug, title: successor.versions[0]?.title ?? successor.slug }
        : null,
    },
    version: chosen.version,
    latestVersion: finding.versions[0]?.version ?? chosen.version,
    versions: finding.versions.map((entry) => ({
      version: entry.version,
      publishedOn: entry.publishedAt.toISOString().slice(0, 10),
    })),
    title: row.title,
    summary: row.summary,
    narrative: row.narrative,
    isSynthetic: row.isSynthetic,
    publishedOn: chosen.publishedAt.toISOString().slice(0, 10),
    snapshot,
  };
}

export type PublishInput = {
  slug: string;
  surveyId: string;
  title: string;
  summary: string;
  narrative: string;
  isSynthetic: boolean;
  snapshot: FindingSnapshotInput;
};

const PUBLISH_ATTEMPTS = 3;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/**
 * The finding of `slug`, created when it is new. Prisma's upsert is a read then an insert: two first
 * publications at the same moment can both read nothing, and the second insert then breaks the unique
 * slug (on PostgreSQL, whose statements run side by side). It reads again and finds the first one's.
 */
async function findOrCreateFinding(slug: string, surveyId: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.finding.upsert({
        where: { slug },
        create: { slug, surveyId },
        update: {},
        select: { id: true, surveyId: true, withdrawnAt: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= PUBLISH_ATTEMPTS) throw error;
    }
  }
}

/**
 * Publishes a finding: version 1 of a new slug, or the next version of an existing one.
 * Earlier versions stay as they were, each at its own permalink.
 *
 * Each step is one statement, deliberately not a `prisma.$transaction`: the adapter's shared
 * connection would fold other requests' writes into an interactive transaction (see
 * app/database/sqlite-write-queue.server.ts). The unique (finding, version) pair settles a race between two publishers;
 * the loser retries with the next number.
 */
export async function publishFinding(
  researcherId: string | null,
  input: PublishInput,
): Promise<{ slug: string; version: number }> {
  const snapshot = JSON.stringify(findingSnapshotSchema.parse(input.snapshot));
  const finding = await findOrCreateFinding(input.slug, input.surveyId);
  // checkPublishTarget answers the researcher; this is the last guard for any other caller.
  if (finding.surveyId !== input.surveyId)
    throw new Error(`publishFinding: "${input.slug}" belongs to another survey`);
  if (finding.withdrawnAt) throw new Error(`publishFinding: "${input.slug}" has been withdrawn`);
  for (let attempt = 1; ; attempt++) {
    const latest = await prisma.findingVersion.findFirst({
      where: { findingId: finding.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (latest?.version ?? 0) + 1;
    try {
      await prisma.findingVersion.create({
        data: {
          findingId: finding.id,
          version,
          title: input.title,
          summary: input.summary,
          narrative: input.narrative,
          isSynthetic: input.isSynthetic,
          snapshot,
          publishedById: researcherId,
        },
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < PUBLISH_ATTEMPTS) continue;
      throw error;
    }
    if (researcherId)
      await recordAuditEvent({
        researcherId,
        action: "publish",
        target: `finding:${input.slug}`,
        surveyId: input.surveyId,
        detail: `version ${version}`,
      });
    return { slug: input.slug, version };
  }
}

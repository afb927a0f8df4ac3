import { z } from "zod";
import { prisma } from "~/db.server";
import { responsesByDayChart } from "../../analysis";
import { renderChartSvg } from "../../analysis/render";
import { type InstrumentVersionRecord, latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { readStoredRow, responseAnswers, storedPageIds } from "~/surveys/stored-answers";
import { type FunnelStep, pageFunnel } from "./page-funnel";

export type { FunnelStep } from "./page-funnel";
export type DayCount = { day: string; complete: number; synthetic: number };
export type VersionFunnel = {
  version: number;
  /** completed responses to this version */
  completed: number;
  /** completed responses to earlier versions, whose pages may differ: not in this funnel */
  otherVersions: number;
  steps: FunnelStep[];
};
export type ResponseStats = {
  total: number;
  synthetic: number;
  byDay: DayCount[];
  funnel: VersionFunnel | null;
  inProgress: number;
};

const draftPosition = z.object({ completedPages: storedPageIds, currentPageId: z.string().nullable() });

/** The latest version's drop-off by page, each page against those it was shown to (page-funnel.ts). */
async function versionFunnel(version: InstrumentVersionRecord, total: number): Promise<VersionFunnel> {
  const where = { instrumentVersionId: version.id };
  const [responses, drafts] = await Promise.all([
    prisma.response.findMany({ where, select: { id: true, answers: true } }),
    prisma.resumeDraft.findMany({ where, select: { id: true, completedPages: true, currentPageId: true } }),
  ]);
  const positions = drafts.map((row) => readStoredRow("ResumeDraft", draftPosition, row));
  return {
    version: version.version,
    completed: responses.length,
    otherVersions: total - responses.length,
    steps: pageFunnel(version.definition, responses.map(responseAnswers), positions),
  };
}

/**
 * Completed responses per calendar day, and how far respondents of the latest version get. Drafts are
 * deleted 30 days after their last save, so drop-off covers the last 30 days only.
 */
export async function responseStats(surveyId: string): Promise<ResponseStats> {
  const where = { instrumentVersion: { surveyId } };
  const [days, inProgress, version] = await Promise.all([
    prisma.response.groupBy({
      by: ["submittedOn", "isSynthetic"],
      where,
      _count: { _all: true },
      orderBy: { submittedOn: "asc" },
    }),
    prisma.resumeDraft.count({ where }),
    latestInstrumentVersion(surveyId),
  ]);
  const byDayMap = new Map<string, DayCount>();
  for (const row of days) {
    const entry = byDayMap.get(row.submittedOn) ?? { day: row.submittedOn, complete: 0, synthetic: 0 };
    entry.complete += row._count._all;
    if (row.isSynthetic) entry.synthetic += row._count._all;
    byDayMap.set(row.submittedOn, entry);
  }
  const byDay = [...byDayMap.values()];
  const total = byDay.reduce((sum, day) => sum + day.complete, 0);
  const synthetic = byDay.reduce((sum, day) => sum + day.synthetic, 0);
  const funnel = version ? await versionFunnel(version, total) : null;
  return { total, synthetic, byDay, funnel, inProgress };
}

/** The lab's responses-by-day chart as SVG, or null before the first response. */
export async function responsesByDaySvg(byDay: DayCount[]): Promise<string | null> {
  return byDay.length > 0 ? renderChartSvg(responsesByDayChart(byDay).spec) : null;
}

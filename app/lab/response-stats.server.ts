import { z } from "zod";
import { prisma } from "~/db.server";
import { responsesByDayChart } from "../../analysis";
import { renderChartSvg } from "../../analysis/render";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import { type CurrentSeries, currentVersionSeries } from "~/surveys/version-series.server";
import { readStoredRow, responseAnswers, storedPageIds } from "~/surveys/stored-answers";
import { type FunnelStep, pageFunnel, pooledFunnel } from "./page-funnel";

export type { FunnelStep } from "./page-funnel";
export type DayCount = { day: string; complete: number; synthetic: number };
export type VersionFunnel = {
  /** the versions pooled, in words ("versions 1–3"), and why in one sentence */
  versions: string;
  pooling: string;
  /** completed responses to these versions */
  completed: number;
  /** completed responses to versions of an earlier series: not in this funnel */
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

/** One version's drop-off by page, read with its own definition (page-funnel.ts). */
async function oneVersionFunnel(id: string): Promise<{ completed: number; steps: FunnelStep[] }> {
  const where = { instrumentVersionId: id };
  const [version, responses, drafts] = await Promise.all([
    instrumentVersionById(id),
    prisma.response.findMany({ where, select: { id: true, answers: true } }),
    prisma.resumeDraft.findMany({ where, select: { id: true, completedPages: true, currentPageId: true } }),
  ]);
  if (!version) return { completed: 0, steps: [] };
  const positions = drafts.map((row) => readStoredRow("ResumeDraft", draftPosition, row));
  return {
    completed: responses.length,
    steps: pageFunnel(version.definition, responses.map(responseAnswers), positions),
  };
}

/** The current series' drop-off by page, each page against those it was shown to, pooled over its versions. */
async function seriesFunnel(series: CurrentSeries, total: number): Promise<VersionFunnel> {
  const funnels = await Promise.all(series.versions.map((version) => oneVersionFunnel(version.id)));
  const completed = funnels.reduce((sum, funnel) => sum + funnel.completed, 0);
  return {
    versions: series.label,
    pooling: series.statement,
    completed,
    otherVersions: total - completed,
    steps: pooledFunnel(funnels.map((funnel) => funnel.steps)),
  };
}

/**
 * Completed responses per calendar day, and how far respondents of the current series of versions get. Drafts are
 * deleted 30 days after their last save, so drop-off covers the last 30 days only.
 */
export async function responseStats(surveyId: string): Promise<ResponseStats> {
  const where = { instrumentVersion: { surveyId } };
  const [days, inProgress, series] = await Promise.all([
    prisma.response.groupBy({
      by: ["submittedOn", "isSynthetic"],
      where,
      _count: { _all: true },
      orderBy: { submittedOn: "asc" },
    }),
    prisma.resumeDraft.count({ where }),
    currentVersionSeries(surveyId),
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
  const funnel = series ? await seriesFunnel(series, total) : null;
  return { total, synthetic, byDay, funnel, inProgress };
}

/** The lab's responses-by-day chart as SVG, or null before the first response. */
export async function responsesByDaySvg(byDay: DayCount[]): Promise<string | null> {
  return byDay.length > 0 ? renderChartSvg(responsesByDayChart(byDay).spec) : null;
}

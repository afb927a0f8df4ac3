import { prisma } from "~/db.server";
import { responsesByDayChart } from "../../analysis";
import { renderChartSvg } from "../../analysis/render";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { localize } from "../../instrument/localized-text";

export type DayCount = { day: string; complete: number; synthetic: number };
export type FunnelStep = { pageId: string; title: string; reached: number; stoppedHere: number };
export type ResponseStats = {
  total: number;
  synthetic: number;
  byDay: DayCount[];
  funnel: FunnelStep[];
  inProgress: number;
};

/**
 * Completed responses per calendar day, and how far respondents get: every completed
 * response reached every page; a draft in progress reached the page it is on. Drafts are
 * deleted 30 days after their last save, so drop-off covers the last 30 days only.
 */
export async function responseStats(surveyId: string): Promise<ResponseStats> {
  const where = { instrumentVersion: { surveyId } };
  const [days, drafts, version] = await Promise.all([
    prisma.response.groupBy({
      by: ["submittedOn", "isSynthetic"],
      where,
      _count: { _all: true },
      orderBy: { submittedOn: "asc" },
    }),
    prisma.resumeDraft.groupBy({ by: ["currentPageId"], where, _count: { _all: true } }),
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
  const pages = version?.definition.pages ?? [];
  const draftsAt = new Map(drafts.map((row) => [row.currentPageId, row._count._all]));
  const inProgress = drafts.reduce((sum, row) => sum + row._count._all, 0);
  const funnel = pages.map((page, index) => {
    const laterDrafts = pages.slice(index).reduce((sum, later) => sum + (draftsAt.get(later.id) ?? 0), 0);
    return {
      pageId: page.id,
      title: localize(page.title, "en"),
      reached: total + laterDrafts,
      stoppedHere: draftsAt.get(page.id) ?? 0,
    };
  });
  return { total, synthetic, byDay, funnel, inProgress };
}

/** The lab's responses-by-day chart as SVG, or null before the first response. */
export async function responsesByDaySvg(byDay: DayCount[]): Promise<string | null> {
  return byDay.length > 0 ? renderChartSvg(responsesByDayChart(byDay).spec) : null;
}

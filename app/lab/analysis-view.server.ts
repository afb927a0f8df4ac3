import { renderChartSvg } from "../../analysis/render";
import { findingTablesFromResults } from "~/findings/finding-tables";
import type { SnapshotTable } from "~/findings/finding-snapshot";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import { analyseSurvey } from "~/findings/survey-analysis.server";

export type LabAnalysisView =
  | { ready: false; reason: string }
  | {
      ready: true;
      fingerprint: string;
      minCellSize: number;
      synthetic: number;
      summary: string[];
      caveats: string[];
      sample: { received: number; analysed: number; excluded: { reason: string; n: number }[] };
      charts: { id: string; title: string; altText: string; svg: string }[];
      chartNotes: string[];
      tables: SnapshotTable[];
    };

/** The analysis as the lab shows it before publishing: the same run (data, settings, seed) that publishing repeats. */
export async function labAnalysisView(slug: string, minCellSize: number): Promise<LabAnalysisView> {
  let analysis;
  try {
    analysis = await analyseSurvey(slug, { ...DEFAULT_ANALYSIS_SETTINGS, minCellSize });
  } catch (error) {
    return { ready: false, reason: error instanceof Error ? error.message : "The analysis could not run." };
  }
  if (analysis.results.sample.analysed === 0)
    return { ready: false, reason: "There are no analysable responses yet." };
  const charts = await Promise.all(
    analysis.charts.map(async (chart) => ({
      id: chart.id,
      title: chart.title,
      altText: chart.altText,
      svg: await renderChartSvg(chart.spec),
    })),
  );
  return {
    ready: true,
    fingerprint: analysis.fingerprint,
    minCellSize,
    synthetic: analysis.loaded.synthetic,
    summary: analysis.results.summary,
    caveats: analysis.results.caveats,
    sample: {
      received: analysis.results.sample.received,
      analysed: analysis.results.sample.analysed,
      excluded: analysis.results.sample.excluded.byReason,
    },
    charts,
    chartNotes: analysis.chartNotes,
    tables: findingTablesFromResults(analysis.results),
  };
}

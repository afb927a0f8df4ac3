import { renderChartSvg } from "../../analysis/render";
import { DEFAULT_ANALYSIS_SETTINGS } from "./analysis-settings";
import type { SnapshotTable } from "./finding-snapshot";
import { findingTablesFromResults } from "./finding-tables";
import { analyseSurvey } from "./survey-analysis.server";

export type AnalysisPreview =
  | { ready: false; reason: string }
  | {
      ready: true;
      fingerprint: string;
      minCellSize: number;
      synthetic: number;
      /** which instrument versions were pooled, and why ("Versions 1–3 pooled: same codes and scales.") */
      pooling: string;
      summary: string[];
      caveats: string[];
      sample: { received: number; analysed: number; excluded: { reason: string; n: number }[] };
      charts: { id: string; title: string; altText: string; svg: string }[];
      chartNotes: string[];
      tables: SnapshotTable[];
    };

/**
 * The analysis as the lab shows it before publishing (survey-finding.server.ts publishes): the same run
 * (data, settings, seed) that publishing repeats.
 */
export async function analysisPreview(slug: string, minCellSize: number): Promise<AnalysisPreview> {
  let analysis;
  try {
    analysis = await analyseSurvey(slug, { ...DEFAULT_ANALYSIS_SETTINGS, minCellSize });
  } catch (error) {
    return { ready: false, reason: error instanceof Error ? error.message : "The analysis could not run." };
  }
  if (analysis.results.sample.analysed === 0)
    return {
      ready: false,
      reason: `There are no analysable responses yet. ${analysis.loaded.pooling}`,
    };
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
    pooling: analysis.loaded.pooling,
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

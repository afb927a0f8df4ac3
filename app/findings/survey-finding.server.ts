import { exclusionSummary } from "~/surveys/exclusion-summary.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import type { PublishForm } from "./analysis-forms";
import type { FindingSnapshotInput } from "./finding-snapshot";
import { snapshotChart } from "./snapshot-chart.server";
import { findingHeadline } from "./finding-headline";
import { findingMethods } from "./finding-methods";
import { findingTablesFromResults } from "./finding-tables";
import { publishFinding } from "./finding-versions.server";
import { checkPublishTarget } from "./publish-target.server";
import { analyseSurvey, type AnalysisRequest, type SurveyAnalysis } from "./survey-analysis.server";

/** A publishable snapshot of an analysis: numbers, rendered charts, tables and the methods box. */
export async function buildSurveySnapshot(
  analysis: SurveyAnalysis,
  options: { surveySlug: string; chartIds?: string[] },
): Promise<FindingSnapshotInput> {
  const version = (await currentVersionSeries(analysis.surveyId))?.latest;
  if (!version) throw new Error("buildSurveySnapshot: the survey has no instrument version");
  const chosen = options.chartIds
    ? analysis.charts.filter((chart) => options.chartIds?.includes(chart.id))
    : analysis.charts;
  const charts = await Promise.all(chosen.map(snapshotChart));
  const isSynthetic = analysis.loaded.synthetic > 0;
  return {
    schemaVersion: 1,
    headline: findingHeadline(analysis.results),
    minCellSize: analysis.results.settings.minCellSize,
    charts,
    tables: findingTablesFromResults(analysis.results),
    methods: findingMethods({
      results: analysis.results,
      instrument: {
        title: version.definition.title.en,
        version: version.version,
        contentHash: version.contentHash,
        codebookUrl: `/codebook/${options.surveySlug}/v/${version.version}`,
        pooledVersions: analysis.loaded.versions,
      },
      fieldwork: analysis.fieldwork,
      completed: analysis.loaded.responses.length,
      inProgress: analysis.inProgress,
      exclusions: await exclusionSummary(analysis.surveyId),
      isSynthetic,
    }),
    citation: { authors: "Negative Space research team", publisher: "Negative Space" },
  };
}

export type PublishRefusal = { ok: false; status: 400 | 409; field: string | null; message: string };
export type PublishOutcome = { ok: true; slug: string; version: number } | PublishRefusal;

/**
 * The run the researcher reviewed, repeated with the same settings, or a refusal: 409 when the data
 * or exclusions changed since the page was shown, 400 when the chosen finding cannot take it.
 */
export async function rerunReviewedAnalysis(
  surveySlug: string,
  form: PublishForm,
  settings: Omit<AnalysisRequest, "minCellSize">,
): Promise<{ ok: true; analysis: SurveyAnalysis } | PublishRefusal> {
  const analysis = await analyseSurvey(surveySlug, { ...settings, minCellSize: form.minCellSize });
  if (analysis.fingerprint !== form.fingerprint) {
    return {
      ok: false,
      status: 409,
      field: null,
      message:
        "Responses or exclusions changed since you reviewed this analysis. Review the new results, then publish again.",
    };
  }
  const refusal = await checkPublishTarget(analysis.surveyId, form);
  if (refusal) return { ok: false, status: 400, ...refusal };
  return { ok: true, analysis };
}

/** Publishes what the researcher reviewed (rerunReviewedAnalysis), as they chose: new version or new finding. */
export async function publishSurveyFinding(
  researcherId: string | null,
  surveySlug: string,
  form: PublishForm,
  settings: Omit<AnalysisRequest, "minCellSize">,
): Promise<PublishOutcome> {
  const rerun = await rerunReviewedAnalysis(surveySlug, form, settings);
  if (!rerun.ok) return rerun;
  const { analysis } = rerun;
  const snapshot = await buildSurveySnapshot(analysis, { surveySlug, chartIds: form.chartIds });
  const published = await publishFinding(researcherId, {
    slug: form.findingSlug,
    surveyId: analysis.surveyId,
    title: form.title,
    summary: form.summary,
    narrative: form.narrative,
    isSynthetic: analysis.loaded.synthetic > 0,
    snapshot,
  });
  return { ok: true, ...published };
}

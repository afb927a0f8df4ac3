import type { PublishForm } from "./analysis-forms";
import type { FindingPageData } from "./finding-page-data";
import { findingPageData } from "./finding-page.server";
import { findingSnapshotSchema } from "./finding-snapshot";
import { getFindingVersion } from "./finding-versions.server";
import type { AnalysisRequest } from "./survey-analysis.server";
import { buildSurveySnapshot, type PublishRefusal, rerunReviewedAnalysis } from "./survey-finding.server";

export type PreviewOutcome = { ok: true; preview: FindingPageData } | PublishRefusal;

/**
 * The public page of the version that publishing would store — same run, same snapshot, same
 * components — built in memory: nothing is written, no version number is taken. The permalink and
 * file links are where the version will be once published.
 */
export async function previewSurveyFinding(
  request: Request,
  surveySlug: string,
  form: PublishForm,
  settings: Omit<AnalysisRequest, "minCellSize">,
): Promise<PreviewOutcome> {
  const rerun = await rerunReviewedAnalysis(surveySlug, form, settings);
  if (!rerun.ok) return rerun;
  const { analysis } = rerun;
  const snapshot = findingSnapshotSchema.parse(
    await buildSurveySnapshot(analysis, { surveySlug, chartIds: form.chartIds }),
  );
  const current = form.target === "new-version" ? await getFindingVersion(form.findingSlug) : null;
  const version = (current?.latestVersion ?? 0) + 1;
  const today = new Date().toISOString().slice(0, 10);
  const view = {
    slug: form.findingSlug,
    status: { withdrawn: null, supersededBy: current?.status.supersededBy ?? null },
    version,
    latestVersion: version,
    versions: [{ version, publishedOn: today }, ...(current?.versions ?? [])],
    title: form.title,
    summary: form.summary,
    narrative: form.narrative,
    isSynthetic: analysis.loaded.synthetic > 0,
    publishedOn: today,
    snapshot,
  };
  const permalink = new URL(`/findings/${view.slug}/v/${version}`, new URL(request.url).origin).toString();
  return { ok: true, preview: findingPageData(view, permalink, { inlineCharts: true }) };
}

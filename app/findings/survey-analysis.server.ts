import { createHash } from "node:crypto";
import { type LoadedSurvey, loadSurveyResponses } from "~/surveys/load-survey-responses.server";
import { prisma } from "~/db.server";
import { buildCharts, type ChartOutput, runSurveyAnalysis, type SurveyResults } from "../../analysis";
import { DEFAULT_ANALYSIS_SETTINGS } from "./analysis-settings";

export type AnalysisRequest = { minCellSize: number; seed: number; bootstrapB: number };

export type SurveyAnalysis = {
  surveyId: string;
  loaded: LoadedSurvey;
  results: SurveyResults;
  charts: ChartOutput[];
  chartNotes: string[];
  /** Identifies the exact data and settings: publishing checks it has not changed since the researcher looked. */
  fingerprint: string;
  fieldwork: { from: string; to: string } | null;
  inProgress: number;
};

function fingerprintOf(loaded: LoadedSurvey, settings: AnalysisRequest): string {
  const hash = createHash("sha256").update(
    `k=${settings.minCellSize};seed=${settings.seed};B=${settings.bootstrapB};`,
  );
  for (const response of loaded.responses)
    hash.update(
      `${response.id}:${(response.excluded ?? [])
        .map((entry) => entry.reason)
        .sort()
        .join(",")};`,
    );
  return hash.digest("hex").slice(0, 32);
}

/**
 * Runs the survey analysis on the database's responses (exclusions applied) with fixed
 * settings, so a run can be repeated to the last digit: what the lab shows is what gets published.
 */
export async function analyseSurvey(
  slug: string,
  settings: AnalysisRequest = DEFAULT_ANALYSIS_SETTINGS,
): Promise<SurveyAnalysis> {
  const loaded = await loadSurveyResponses(slug);
  const survey = await prisma.survey.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const results = runSurveyAnalysis({
    definition: loaded.definition,
    responses: loaded.responses,
    options: settings,
  });
  const { charts, notes } = buildCharts(results);
  // The pooled versions only: the fieldwork and drafts of an earlier series are not this analysis's.
  const where = { instrumentVersionId: { in: loaded.versionIds } };
  const [days, inProgress] = await Promise.all([
    prisma.response.aggregate({
      where: { ...where, completion: "complete" },
      _min: { submittedOn: true },
      _max: { submittedOn: true },
    }),
    prisma.resumeDraft.count({ where }),
  ]);
  const from = days._min.submittedOn;
  const to = days._max.submittedOn;
  return {
    surveyId: survey.id,
    loaded,
    results,
    charts,
    chartNotes: notes,
    fingerprint: fingerprintOf(loaded, settings),
    // Months only: the methods box needs the fieldwork period, not anyone's day.
    fieldwork: from && to ? { from: from.slice(0, 7), to: to.slice(0, 7) } : null,
    inProgress,
  };
}

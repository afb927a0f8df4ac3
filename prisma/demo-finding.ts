import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_RESEARCHER_EMAIL } from "../app/auth/researchers.server";
import { DEFAULT_ANALYSIS_SETTINGS } from "../app/findings/analysis-settings";
import { analyseSurvey } from "../app/findings/survey-analysis.server";
import { publishSurveyFinding } from "../app/findings/survey-finding.server";
import { excludeFlagged } from "../app/lab/exclusions.server";
import { demoNarrative, demoSummary } from "./demo-narrative";

export const DEMO_FINDING_SLUG = "support-and-erosion-demo";

/**
 * The demo's published finding: the demo researcher applies two standard data-quality
 * exclusions and publishes version 1 from the synthetic panel, clearly labelled synthetic, with a narrative
 * whose result sentences are the analysis's own.
 */
export async function publishDemoFinding(prisma: PrismaClient, surveySlug: string): Promise<void> {
  const researcher = await prisma.researcher.findUniqueOrThrow({
    where: { email: DEMO_RESEARCHER_EMAIL },
    select: { id: true },
  });
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { slug: surveySlug },
    select: { id: true, slug: true },
  });
  for (const index of ["speeder", "attention"] as const) await excludeFlagged(researcher.id, survey, index);
  const analysis = await analyseSurvey(surveySlug);
  const outcome = await publishSurveyFinding(
    researcher.id,
    surveySlug,
    {
      target: "new-finding",
      intent: "publish",
      findingSlug: DEMO_FINDING_SLUG,
      title: "Institutional support and the erosion of support work (synthetic demo)",
      summary: demoSummary(analysis.results),
      narrative: demoNarrative(
        analysis.results,
        analysis.charts.map((chart) => chart.id),
      ),
      chartIds: analysis.charts.map((chart) => chart.id),
      minCellSize: DEFAULT_ANALYSIS_SETTINGS.minCellSize,
      fingerprint: analysis.fingerprint,
    },
    { seed: DEFAULT_ANALYSIS_SETTINGS.seed, bootstrapB: DEFAULT_ANALYSIS_SETTINGS.bootstrapB },
  );
  if (!outcome.ok) throw new Error(`publishDemoFinding: ${outcome.message}`);
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import { analyseSurvey } from "~/findings/survey-analysis.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";

const querySchema = z.object({ k: z.coerce.number().int().min(5).max(100).catch(DEFAULT_ANALYSIS_SETTINGS.minCellSize) });

/** The full results.json of the lab's analysis run (all numbers, small-cell rule applied). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const { k } = querySchema.parse({ k: new URL(request.url).searchParams.get("k") ?? undefined });
  const analysis = await analyseSurvey(survey.slug, { ...DEFAULT_ANALYSIS_SETTINGS, minCellSize: k });
  return new Response(JSON.stringify(analysis.results, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${survey.slug}-results.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}

import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { analysisQuerySchema } from "~/findings/analysis-forms";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import { analyseSurvey } from "~/findings/survey-analysis.server";
import { parseQuery } from "~/forms/parse-form";

/** The full results.json of the lab's analysis run (all numbers, small-cell rule applied); a k that is not valid is a 400. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "analyse");
  const query = parseQuery(request, analysisQuerySchema, { emptyIsMissing: true });
  if (!query.ok) {
    const message = Object.values(query.failure.fieldErrors)[0] ?? "The address could not be read.";
    throw new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const analysis = await analyseSurvey(survey.slug, {
    ...DEFAULT_ANALYSIS_SETTINGS,
    minCellSize: query.value.k,
  });
  return new Response(JSON.stringify(analysis.results, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${survey.slug}-results.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}

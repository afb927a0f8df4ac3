import { excludeFlagged, excludeResponse, includeFlagged, restoreResponse } from "./exclusions.server";
import type { QualityAction } from "./quality-forms";
import { qualityRule } from "~/surveys/quality-rules";

type SurveyRef = { id: string; slug: string };

/** Carries out one button of the data-quality screen and says what changed, for the page's status line. */
export async function decideQuality(
  researcherId: string,
  survey: SurveyRef,
  form: QualityAction,
): Promise<string> {
  switch (form.intent) {
    case "exclude-index": {
      const excluded = await excludeFlagged(researcherId, survey, form.index);
      return `${qualityRule(form.index).label}: ${excluded} flagged responses are excluded from analysis.`;
    }
    case "include-index": {
      const included = await includeFlagged(researcherId, survey, form.index);
      return `${qualityRule(form.index).label}: ${included} responses are included again (unless excluded for another reason).`;
    }
    case "exclude-response":
      await excludeResponse(researcherId, survey, form.responseId, form.reason);
      return `Response ${form.responseId} is excluded from analysis.`;
    case "restore-response":
      await restoreResponse(researcherId, survey, form.responseId);
      return `Response ${form.responseId} is included in the analysis again.`;
  }
}

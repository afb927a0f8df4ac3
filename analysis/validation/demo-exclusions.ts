import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { answerFields } from "../../instrument/traversal";
import { failedAttentionChecks } from "../careless/failed-attention-checks";
import { speeders } from "../careless/speeders";
import type { SyntheticResponse } from "../synthetic-panel";
import type { SurveyResponseInput } from "../survey/survey-options";

/**
 * The speeder cut-off the lab applies: a third of the median duration (SPEEDER_MEDIAN_FRACTION in
 * app/surveys/quality-rules.ts, decision 009; a test checks the two agree).
 */
export const DEMO_SPEEDER_FRACTION = 1 / 3;

/**
 * A synthetic panel as the analysis reads it after the demo researcher's two exclusions (prisma/demo-finding.ts):
 * speeders (a duration under a third of the median, {@link speeders}) and respondents who failed an attention
 * check they were shown ({@link failedAttentionChecks}), each excluded with the lab's reason id.
 *
 * Cost: O(n log n + n·checks).
 *
 * @example
 * runSurveyAnalysis({ definition, responses: withDemoExclusions(definition, panel) });
 */
export function withDemoExclusions(
  definition: InstrumentDefinition,
  panel: readonly SyntheticResponse[],
): SurveyResponseInput[] {
  const checks = answerFields(definition).flatMap((field) =>
    field.attentionCheck ? [{ id: field.id, expected: field.attentionCheck.expected }] : [],
  );
  const fast = speeders(
    panel.map((response) => response.durationSeconds),
    DEMO_SPEEDER_FRACTION,
  ).flagged;
  const failed = failedAttentionChecks(
    panel.map((response) => response.answers),
    checks,
  );
  return panel.map((response, i) => ({
    id: `r${i + 1}`,
    answers: response.answers,
    durationSeconds: response.durationSeconds,
    excluded: [
      ...(fast[i] ? [{ reason: "speeder" }] : []),
      ...(failed[i]!.length > 0 ? [{ reason: "attention" }] : []),
    ],
  }));
}

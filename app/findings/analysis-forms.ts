// What the lab's analysis tab accepts: the small-cell rule of its query (?k=) and the publish form.
// Parsed with parseForm on the server; limits from app/limits.ts.
import { z } from "zod";
import {
  ANALYSIS_K_DEFAULT,
  ANALYSIS_K_MAX,
  ANALYSIS_K_MIN,
  FINDING_NARRATIVE_MAX_LENGTH,
  FINDING_SUMMARY_MAX_LENGTH,
  FINDING_SUMMARY_MIN_LENGTH,
  FINDING_TITLE_MAX_LENGTH,
  FINDING_TITLE_MIN_LENGTH,
} from "~/limits";

const thousands = (value: number) => value.toLocaleString("en");

export const ANALYSIS_K_MESSAGE = `k must be a whole number from ${ANALYSIS_K_MIN} to ${ANALYSIS_K_MAX}.`;
const smallCellRuleSchema = z.coerce
  .number({ error: ANALYSIS_K_MESSAGE })
  .int()
  .min(ANALYSIS_K_MIN)
  .max(ANALYSIS_K_MAX);

/** What the publish form starts from: "new" or the address of one of the survey's findings. */
export const NEW_FINDING = "new";

/**
 * The analysis tab's query: `k`, the small-cell rule (empty or absent: the default), and `finding`,
 * what the publish form starts from (absent or unknown: the survey's latest finding, if any).
 */
export const analysisQuerySchema = z.object({
  k: smallCellRuleSchema.default(ANALYSIS_K_DEFAULT),
  finding: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
});

export const PUBLISH_TARGET_MESSAGE =
  "Choose a new version of one of this survey's findings, or a new finding.";

export const publishFormSchema = z.object({
  /** The researcher's explicit choice: the next version of `findingSlug`, or a new finding there. */
  target: z.enum(["new-version", "new-finding"], { error: PUBLISH_TARGET_MESSAGE }),
  /** "preview" renders the finding page without storing anything; "publish" stores a version. */
  intent: z.enum(["publish", "preview"]).default("publish"),
  findingSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, "Use 1–80 lower-case letters, digits and hyphens."),
  title: z
    .string()
    .trim()
    .min(
      FINDING_TITLE_MIN_LENGTH,
      `Give the finding a title of at least ${FINDING_TITLE_MIN_LENGTH} characters.`,
    )
    .max(FINDING_TITLE_MAX_LENGTH, `Keep the title under ${FINDING_TITLE_MAX_LENGTH} characters.`),
  summary: z
    .string()
    .trim()
    .min(FINDING_SUMMARY_MIN_LENGTH, `Write a summary of at least ${FINDING_SUMMARY_MIN_LENGTH} characters.`)
    .max(
      FINDING_SUMMARY_MAX_LENGTH,
      `Keep the summary under ${thousands(FINDING_SUMMARY_MAX_LENGTH)} characters.`,
    ),
  narrative: z
    .string()
    .trim()
    .max(
      FINDING_NARRATIVE_MAX_LENGTH,
      `Keep the narrative under ${thousands(FINDING_NARRATIVE_MAX_LENGTH)} characters.`,
    )
    .default(""),
  chartIds: z.array(z.string()).min(1, "Choose at least one chart."),
  /** The k of the analysis on screen (a hidden field): publishing repeats that run. */
  minCellSize: smallCellRuleSchema,
  fingerprint: z.string().min(1),
});
export type PublishForm = z.infer<typeof publishFormSchema>;

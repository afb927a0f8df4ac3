// What the quality and free-text pages accept, parsed with parseForm on the server; limits from app/limits.ts.
import { z } from "zod";
import { pageNumberSchema } from "~/forms/pagination";
import { EXCLUSION_REASON_MAX_LENGTH, RESPONSE_ID_MAX_LENGTH } from "~/limits";
import { QUALITY_INDEX_IDS } from "~/surveys/quality-rules";

const responseIdSchema = z
  .string()
  .trim()
  .min(1, "Give a response id.")
  .max(RESPONSE_ID_MAX_LENGTH, "That is not a response id.");
const indexSchema = z.enum(QUALITY_INDEX_IDS, "Unknown quality index.");

const excludeResponseSchema = z.object({
  intent: z.literal("exclude-response"),
  responseId: responseIdSchema,
  reason: z
    .string("Say why this response is excluded.")
    .trim()
    .min(1, "Say why this response is excluded.")
    .max(EXCLUSION_REASON_MAX_LENGTH, `Keep the reason under ${EXCLUSION_REASON_MAX_LENGTH} characters.`),
});
const restoreResponseSchema = z.object({
  intent: z.literal("restore-response"),
  responseId: responseIdSchema,
});

export const qualityActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("exclude-index"), index: indexSchema }),
    z.object({ intent: z.literal("include-index"), index: indexSchema }),
    excludeResponseSchema,
    restoreResponseSchema,
  ],
  "Unknown action.",
);
/** The buttons of one response's page: the same exclude / restore as the quality screen's rows. */
export const responseDecisionSchema = z.discriminatedUnion(
  "intent",
  [excludeResponseSchema, restoreResponseSchema],
  "Unknown action.",
);
export type QualityAction = z.infer<typeof qualityActionSchema>;

export const QUALITY_TABLE_FILTERS = ["flagged", "excluded", ...QUALITY_INDEX_IDS] as const;

export const qualityQuerySchema = z.object({
  page: pageNumberSchema,
  show: z.enum(QUALITY_TABLE_FILTERS).default("flagged"),
});
export const freeTextQuerySchema = z.object({ page: pageNumberSchema });

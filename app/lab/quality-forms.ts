// What the quality and free-text pages accept, parsed with zod on the server; limits from quality-rules.
import { z } from "zod";
import { variableNameSchema } from "../../instrument/items";
import { EXCLUSION_REASON_MAX_LENGTH, QUALITY_INDEX_IDS } from "./quality-rules";

const responseIdSchema = z
  .string()
  .trim()
  .min(1, "Give a response id.")
  .max(64, "That is not a response id.");
const indexSchema = z.enum(QUALITY_INDEX_IDS, "Unknown quality index.");

export const qualityActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("exclude-index"), index: indexSchema }),
    z.object({ intent: z.literal("include-index"), index: indexSchema }),
    z.object({
      intent: z.literal("exclude-response"),
      responseId: responseIdSchema,
      reason: z
        .string("Say why this response is excluded.")
        .trim()
        .min(1, "Say why this response is excluded.")
        .max(EXCLUSION_REASON_MAX_LENGTH, `Keep the reason under ${EXCLUSION_REASON_MAX_LENGTH} characters.`),
    }),
    z.object({ intent: z.literal("restore-response"), responseId: responseIdSchema }),
  ],
  "Unknown action.",
);
export type QualityAction = z.infer<typeof qualityActionSchema>;

export const QUALITY_TABLE_FILTERS = ["flagged", "excluded", ...QUALITY_INDEX_IDS] as const;

const pageSchema = z.coerce.number().int().min(1).max(1_000_000).default(1);

export const qualityQuerySchema = z.object({
  page: pageSchema,
  show: z.enum(QUALITY_TABLE_FILTERS).default("flagged"),
});
export const freeTextQuerySchema = z.object({ page: pageSchema });

export const hideFreeTextSchema = z.object({
  intent: z.literal("hide"),
  responseId: responseIdSchema,
  itemId: variableNameSchema,
});

/** Search parameters as an object zod can parse (absent = undefined, so defaults apply). */
export function searchParamsOf(
  request: Request,
  names: readonly string[],
): Record<string, string | undefined> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined]));
}

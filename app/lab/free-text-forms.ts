// What the free-text page's forms accept (decision 018): hide, redact, tag, and the codebook's
// create / rename / delete. Parsed with parseForm on the server; limits from app/limits.ts.
import { z } from "zod";
import {
  FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH,
  FREE_TEXT_CODE_NAME_MAX_LENGTH,
  REDACT_PASSAGE_MAX_LENGTH,
  RESPONSE_ID_MAX_LENGTH,
} from "~/limits";
import { variableNameSchema } from "../../instrument/items";

const responseIdSchema = z
  .string()
  .trim()
  .min(1, "Give a response id.")
  .max(RESPONSE_ID_MAX_LENGTH, "That is not a response id.");
const answerKey = { responseId: responseIdSchema, itemId: variableNameSchema };
const codeIdSchema = z.string().trim().min(1, "Choose a code.").max(64, "That is not a code.");

const codeNameSchema = z
  .string("Give the code a name.")
  .trim()
  .min(1, "Give the code a name.")
  .max(FREE_TEXT_CODE_NAME_MAX_LENGTH, `Keep the name under ${FREE_TEXT_CODE_NAME_MAX_LENGTH} characters.`);
const codeDescriptionSchema = z
  .string()
  .trim()
  .max(
    FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH,
    `Keep the description under ${FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH} characters.`,
  )
  .optional()
  .transform((text) => (text ? text : null));

/** Field names of the forms that tick codes (checkboxes: parseForm's `arrays`). */
export const FREE_TEXT_ARRAY_FIELDS = ["codeIds"] as const;

export const freeTextActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("hide"), ...answerKey }),
    z.object({
      intent: z.literal("redact"),
      ...answerKey,
      // Not trimmed: the passage is matched exactly as typed, spaces included.
      passage: z
        .string("Type the passage to redact, exactly as it appears in the answer.")
        .refine(
          (text) => text.trim() !== "",
          "Type the passage to redact, exactly as it appears in the answer.",
        )
        .refine(
          (text) => text.length <= REDACT_PASSAGE_MAX_LENGTH,
          "That passage is longer than any answer.",
        ),
    }),
    z.object({ intent: z.literal("tag"), ...answerKey, codeIds: z.array(codeIdSchema).max(100) }),
    z.object({ intent: z.literal("code-create"), name: codeNameSchema, description: codeDescriptionSchema }),
    z.object({
      intent: z.literal("code-rename"),
      codeId: codeIdSchema,
      name: codeNameSchema,
      description: codeDescriptionSchema,
    }),
    z.object({ intent: z.literal("code-delete"), codeId: codeIdSchema }),
  ],
  "Unknown action.",
);
export type FreeTextAction = z.infer<typeof freeTextActionSchema>;

/** The downloads of the free-text page (POST with the lab CSRF token, decision 014). */
export const FREE_TEXT_FILES = ["code-counts.csv", "answer-codes.csv"] as const;
export type FreeTextFile = (typeof FREE_TEXT_FILES)[number];

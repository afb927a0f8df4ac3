// What the lab's findings page accepts (withdraw, supersede), parsed with parseForm; limits from app/limits.ts.
import { z } from "zod";
import { WITHDRAWAL_REASON_MAX_LENGTH, WITHDRAWAL_REASON_MIN_LENGTH } from "~/limits";

const findingSlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, "There is no finding at that address.");

export const findingStatusFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("withdraw"),
      slug: findingSlugSchema,
      reason: z
        .string("Say why the finding is withdrawn; readers will see it.")
        .trim()
        .min(
          WITHDRAWAL_REASON_MIN_LENGTH,
          `Say why the finding is withdrawn, in at least ${WITHDRAWAL_REASON_MIN_LENGTH} characters; readers will see it.`,
        )
        .max(
          WITHDRAWAL_REASON_MAX_LENGTH,
          `Keep the reason under ${WITHDRAWAL_REASON_MAX_LENGTH.toLocaleString("en")} characters.`,
        ),
    }),
    z.object({
      intent: z.literal("supersede"),
      slug: findingSlugSchema,
      bySlug: z
        .string("Choose the finding that replaces it.")
        .regex(/^[a-z0-9-]{1,80}$/, "Choose the finding that replaces it."),
    }),
  ],
  "Unknown action.",
);
export type FindingStatusForm = z.infer<typeof findingStatusFormSchema>;

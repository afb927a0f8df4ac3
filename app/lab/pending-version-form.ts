import { z } from "zod";

/** The confirmation page's two buttons, with the pending version the researcher reviewed. */
export const pendingVersionFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("confirm"),
      pendingId: z.string().min(1).max(100),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    z.object({ intent: z.literal("discard"), pendingId: z.string().min(1).max(100) }),
  ],
  "Unknown action.",
);
export type PendingVersionForm = z.infer<typeof pendingVersionFormSchema>;

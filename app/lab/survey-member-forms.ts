// What the members page's forms accept (decision 018): add, change a role, grant or revoke
// response-level access, remove. Parsed with parseForm on the server.
import { z } from "zod";
import { surveyRoleSchema } from "~/auth/survey-roles";

const EMAIL_MESSAGE = "Enter an e-mail address like name@example.org";
const memberEmailSchema = z
  .string(EMAIL_MESSAGE)
  .trim()
  .max(254, EMAIL_MESSAGE)
  .pipe(z.email(EMAIL_MESSAGE))
  .transform((email) => email.toLowerCase());
const memberIdSchema = z.string().trim().min(1, "Choose a member.").max(64, "Choose a member.");

export const memberFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("add"), email: memberEmailSchema, role: surveyRoleSchema }),
    z.object({ intent: z.literal("change-role"), memberId: memberIdSchema, role: surveyRoleSchema }),
    z.object({
      intent: z.literal("response-access"),
      memberId: memberIdSchema,
      grant: z.enum(["yes", "no"], "Choose to grant or to revoke."),
    }),
    z.object({ intent: z.literal("remove"), memberId: memberIdSchema }),
  ],
  "Unknown action.",
);
export type MemberForm = z.infer<typeof memberFormSchema>;

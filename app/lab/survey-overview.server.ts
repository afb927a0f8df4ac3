import { z } from "zod";
import { MAX_CODES_PER_BATCH } from "~/limits";
import { DEFINITION_FIELD, definitionFieldErrors, readDefinitionUpload } from "./definition-upload.server";
import { issueInvitationCodes, setInvitationRequirement } from "~/invitations/lab-invitations.server";
import { stagePendingVersion } from "./pending-version.server";
import { setSurveyStatus } from "./survey-admin.server";

const COUNT_MESSAGE = `Enter a whole number from 1 to ${MAX_CODES_PER_BATCH.toLocaleString("en")}.`;
const codeCountSchema = z
  .string(COUNT_MESSAGE)
  .trim()
  .regex(/^\d{1,6}$/, COUNT_MESSAGE)
  .transform(Number)
  .pipe(z.number().min(1, COUNT_MESSAGE).max(MAX_CODES_PER_BATCH, COUNT_MESSAGE));

/** The survey overview's buttons (`intent`), with the one field a button needs. */
export const overviewFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.enum(["open", "close", "new-version", "invitations-required", "invitations-not-required"]),
    }),
    z.object({ intent: z.literal("generate-codes"), count: codeCountSchema }),
  ],
  "Unknown action.",
);
export type OverviewForm = z.infer<typeof overviewFormSchema>;

export type OverviewOutcome =
  | { ok: true; notice: string; issuedCodes: string[] | null }
  | { ok: true; redirectTo: string }
  | { ok: false; fieldErrors: Record<string, string> };

type SurveyRef = { id: string; slug: string };
const done = (notice: string, issuedCodes: string[] | null = null): OverviewOutcome => ({
  ok: true,
  notice,
  issuedCodes,
});

async function addVersion(
  researcherId: string,
  survey: SurveyRef,
  formData: FormData,
): Promise<OverviewOutcome> {
  const upload = await readDefinitionUpload(formData);
  if ("error" in upload) return { ok: false, fieldErrors: { [DEFINITION_FIELD]: upload.error } };
  const outcome = await stagePendingVersion(researcherId, survey, upload.text);
  if (!outcome.ok) return { ok: false, fieldErrors: definitionFieldErrors(outcome.problems) };
  // Nothing is live yet: the comparison page shows what changed and asks for confirmation (decision 032).
  if (outcome.staged) return { ok: true, redirectTo: `/lab/surveys/${survey.slug}/new-version` };
  return done(
    `No changes: the definition is identical to version ${outcome.liveVersion}, the live version. Nothing was added.`,
  );
}

/** Carries out one button of the survey overview and says what changed (and the codes just made, shown once). */
export async function decideOverview(
  researcherId: string,
  survey: SurveyRef,
  form: OverviewForm,
  formData: FormData,
): Promise<OverviewOutcome> {
  switch (form.intent) {
    case "new-version":
      return addVersion(researcherId, survey, formData);
    case "invitations-required":
    case "invitations-not-required": {
      const required = form.intent === "invitations-required";
      await setInvitationRequirement(researcherId, survey, required);
      return done(
        required
          ? "New respondents now need an invitation code."
          : "Invitation codes are no longer required.",
      );
    }
    case "generate-codes": {
      const codes = await issueInvitationCodes(researcherId, survey, form.count);
      return done(
        `${form.count.toLocaleString("en")} invitation ${form.count === 1 ? "code" : "codes"} generated. They are shown below this once.`,
        codes,
      );
    }
    case "open":
    case "close":
      await setSurveyStatus(researcherId, survey.id, survey.slug, form.intent === "open" ? "open" : "closed");
      return done(
        form.intent === "open"
          ? "The survey is open for respondents."
          : "The survey is closed. Respondents now see that it has closed.",
      );
  }
}

import { z } from "zod";
import { surveySlugSchema } from "~/surveys/survey-slug";

/** A study's title: long enough to say what it follows, short enough for a table cell. */
export const STUDY_TITLE_MAX_LENGTH = 200;

/** A study's address in the lab, /lab/studies/<slug>: the same rule as a survey's slug. */
export const studySlugSchema = surveySlugSchema;

/** Params of /lab/studies/$slug. */
export const studyParamsSchema = z.object({ slug: studySlugSchema });

export const createStudyFormSchema = z.object({
  slug: studySlugSchema,
  title: z
    .string("Give the study a title.")
    .trim()
    .min(1, "Give the study a title.")
    .max(STUDY_TITLE_MAX_LENGTH, `Keep the title under ${STUDY_TITLE_MAX_LENGTH} characters.`),
});
export type CreateStudyForm = z.infer<typeof createStudyFormSchema>;

export const addWaveFormSchema = z.object({
  surveySlug: z.string("Choose a survey.").min(1, "Choose a survey.").pipe(surveySlugSchema),
  plannedOn: z.iso.date("Give the planned start as a day, YYYY-MM-DD."),
});
export type AddWaveForm = z.infer<typeof addWaveFormSchema>;

/** The linkage page's GET form: two waves (by survey slug) and, once a report is shown, a threshold in bits. */
export const linkWavesFormSchema = z.object({
  earlier: z.string("Choose the earlier wave.").min(1, "Choose the earlier wave.").pipe(surveySlugSchema),
  later: z.string("Choose the later wave.").min(1, "Choose the later wave.").pipe(surveySlugSchema),
  threshold: z
    .string()
    .trim()
    .optional()
    .transform((raw) => (raw === undefined || raw === "" ? undefined : Number(raw)))
    .refine((value) => value === undefined || (Number.isFinite(value) && Math.abs(value) <= 200), {
      message:
        "Give the threshold as a number of bits, such as 12.5, or leave it empty for the suggested one.",
    }),
});

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

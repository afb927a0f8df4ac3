import { z } from "zod";

/**
 * A survey's address, /s/<slug>: the one rule for every route parameter, form field and command-line
 * flag that names a survey.
 */
export const surveySlugSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/,
    "Use 1–80 lower-case letters, digits and hyphens, not starting or ending with a hyphen.",
  );

/** Params of every route under /s/$slug, /lab/surveys/$slug and /codebook/$slug. */
export const surveyParamsSchema = z.object({ slug: surveySlugSchema });

/** The survey slug of a route's params, or a 404: a malformed slug is simply a page that does not exist. */
export function requireSurveySlug(params: unknown): string {
  const parsed = surveyParamsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data.slug;
}

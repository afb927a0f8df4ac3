import { z } from "zod";
import { surveyParamsSchema } from "~/surveys/survey-slug";

export const pageParamsSchema = surveyParamsSchema.extend({
  pageId: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
});

/** Route params or a 404: a malformed slug is simply a page that does not exist. */
export function parseParams<T>(schema: z.ZodType<T>, params: unknown): T {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data;
}

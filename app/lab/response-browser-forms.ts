// What the response browser accepts: the list's GET filters and the one response's address. Read with
// parseQuery / zod on the server; limits from app/limits.ts.
import { z } from "zod";
import { pageNumberSchema } from "~/forms/pagination";
import { RESPONSE_ID_MAX_LENGTH } from "~/limits";
import { QUALITY_INDEX_IDS } from "~/surveys/quality-rules";

export const EXCLUSION_FILTERS = ["all", "included", "excluded"] as const;
export type ExclusionFilter = (typeof EXCLUSION_FILTERS)[number];

/** The list's filters as its address carries them; empty fields are read as absent (parse with emptyIsMissing). */
export const responseListQuerySchema = z.object({
  page: pageNumberSchema,
  /** Ticked indices: a response flagged by any of them is listed (none ticked: every response). */
  flag: z.array(z.enum(QUALITY_INDEX_IDS, "Unknown quality index.")).default([]),
  exclusion: z.enum(EXCLUSION_FILTERS, "Unknown exclusion state.").default("all"),
  version: z.coerce.number("Unknown version.").int("Unknown version.").min(1, "Unknown version.").optional(),
  /** A calendar day, the only date a response keeps. */
  day: z.iso.date("Give a day as YYYY-MM-DD.").optional(),
});
export type ResponseListQuery = z.output<typeof responseListQuerySchema>;
export const RESPONSE_LIST_ARRAYS = ["flag"] as const;

/** A response's id in an address: what the database's ids can be, nothing longer. */
export const responseIdParamSchema = z.object({
  responseId: z.string().min(1).max(RESPONSE_ID_MAX_LENGTH),
});

/** The list's address for other filters or another page: the same query, minus what is at its default. */
export function responseListSearch(query: ResponseListQuery, page = query.page): string {
  const search = new URLSearchParams();
  for (const flag of query.flag) search.append("flag", flag);
  if (query.exclusion !== "all") search.set("exclusion", query.exclusion);
  if (query.version !== undefined) search.set("version", String(query.version));
  if (query.day !== undefined) search.set("day", query.day);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

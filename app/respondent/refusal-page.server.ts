import { textDirection } from "~/i18n/text-direction";
import { translate } from "~/i18n/translate.server";
import { surveySlugSchema } from "~/surveys/survey-slug";
import { loadRespondentContext } from "./respondent-context.server";

/** The words of server.js's refusal page (server/refusals.js) in one language. */
export type RefusalPageWords = {
  language: string;
  dir: "ltr" | "rtl";
  title: string;
  body: string;
  back: string;
};

function surveySlugOf(pathname: string): string | null {
  const slug = /^\/s\/([^/]+)\//.exec(pathname)?.[1] ?? null;
  return slug !== null && surveySlugSchema.safeParse(slug).success ? slug : null;
}

/**
 * server.js refuses an oversized or unreadable body before the app reads it; on a survey's pages that refusal
 * is worded in the language the respondent is answering in (their draft's, ?lang= or the browser's), so a long
 * pasted answer in a Spanish survey is not answered in English. Null elsewhere: the rest of the site is English.
 */
export async function respondentRefusalWords(
  request: Request,
  status: number,
): Promise<RefusalPageWords | null> {
  const slug = surveySlugOf(new URL(request.url).pathname);
  if (!slug) return null;
  const { language } = await loadRespondentContext(request, slug);
  const tooLarge = status === 413;
  return {
    language,
    dir: textDirection(language),
    title: translate(language, tooLarge ? "refusal.tooLargeTitle" : "refusal.unreadableTitle"),
    body: translate(language, tooLarge ? "refusal.tooLarge" : "refusal.unreadable"),
    back: translate(language, "refusal.back"),
  };
}

import { readFormBody } from "~/security/form-body.server";
import { setDraftLanguage } from "./drafts.server";
import { surveyPath } from "./paths";
import { loadRespondentContext } from "./respondent-context.server";
import { LANGUAGE_PARAMETER, withLanguage } from "./respondent-language.server";

/** `back` when it is a page of this survey (never another site: "//host" or "/\host" are refused). */
function safeBack(slug: string, back: string | null): string {
  const prefix = surveyPath(slug, "/");
  if (!back || !back.startsWith(prefix) || /[\\]|\/\//.test(back)) return surveyPath(slug);
  const url = new URL(back, "http://survey.invalid");
  url.searchParams.delete(LANGUAGE_PARAMETER);
  return `${url.pathname}${url.search}`;
}

/**
 * The language switch's POST: an offered language is kept in the draft (or, before there is one, in the
 * address the respondent returns to), then the same page again. Anything else changes nothing.
 */
export async function switchLanguage(request: Request, slug: string): Promise<string> {
  const context = await loadRespondentContext(request, slug);
  const form = await readFormBody(request);
  const back = safeBack(slug, form.get("back"));
  const chosen = form.get("language");
  if (!chosen || !context.languages.includes(chosen)) return back;
  if (!context.draft) return withLanguage(back, chosen);
  await setDraftLanguage(context.draft.id, chosen);
  return back;
}

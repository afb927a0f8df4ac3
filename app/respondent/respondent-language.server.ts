import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { matchLanguage, negotiateLanguage } from "~/i18n/negotiate-language";
import { offeredLanguages } from "~/i18n/offered-languages";

/** The query parameter of a survey link that preselects a language: /s/<slug>?lang=es. */
export const LANGUAGE_PARAMETER = "lang";

export type LanguageChoice = {
  language: string;
  /** The languages this survey offers, in the definition's order. */
  offered: string[];
  /** What the browser's Accept-Language alone would give. */
  browserLanguage: string;
  /** Set when ?lang= named a language the survey does not offer (the page says so, briefly). */
  notOffered: string | null;
};

/**
 * The language of this request's page: ?lang= when offered, else the one kept in the draft, else the best match
 * for the browser's Accept-Language (read per request, never stored by itself).
 */
export function chooseLanguage(
  request: Request,
  definition: InstrumentDefinition | undefined,
  draftLanguage: string | null,
): LanguageChoice {
  const offered = offeredLanguages(definition);
  const requested = new URL(request.url).searchParams.get(LANGUAGE_PARAMETER);
  const fromLink = requested ? matchLanguage(requested, offered) : undefined;
  const kept = draftLanguage && offered.includes(draftLanguage) ? draftLanguage : undefined;
  const browserLanguage = negotiateLanguage(request.headers.get("Accept-Language"), offered);
  const language = fromLink ?? kept ?? browserLanguage;
  // A short, printable echo of what the link asked for; React escapes it.
  const notOffered = requested && !fromLink ? requested.slice(0, 35) : null;
  return { language, offered, browserLanguage, notOffered };
}

/**
 * `path` for a page shown without the draft (thanks, not eligible): with ?lang= when the browser's own
 * preferences would show another language than the one the respondent answered in.
 */
export function pathInLanguage(path: string, choice: { language: string; browserLanguage: string }): string {
  return choice.language === choice.browserLanguage ? path : withLanguage(path, choice.language);
}

/** `path` with ?lang=<language> set, for the redirects and links that must keep a language chosen without a draft. */
export function withLanguage(path: string, language: string): string {
  const url = new URL(path, "http://survey.invalid");
  url.searchParams.set(LANGUAGE_PARAMETER, language);
  return `${url.pathname}${url.search}`;
}

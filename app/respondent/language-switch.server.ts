import { translate } from "~/i18n/translate.server";
import { pageChrome } from "~/i18n/survey-text.server";
import type { RespondentContext } from "./respondent-context.server";
import { surveyPath } from "./paths";

/** A language's name in that language ("español"), capitalised as it would start a line in a list. */
function autonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** A language's name in the page's language, or what was asked for as it was typed when it is no language tag. */
function nameIn(language: string, tag: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export type LanguageSwitchView = {
  action: string;
  back: string;
  current: string;
  label: string;
  submit: string;
  options: { value: string; name: string }[];
};

/**
 * The language switch of a survey page (a plain form that works without JavaScript), or null when the survey
 * offers one language only. `back` is the page to return to after the switch.
 */
export function languageSwitch(context: RespondentContext, back: string): LanguageSwitchView | null {
  if (context.languages.length < 2) return null;
  return {
    action: surveyPath(context.survey.slug, "/language"),
    back,
    current: context.language,
    label: translate(context.language, "language.label"),
    submit: translate(context.language, "language.submit"),
    options: context.languages.map((value) => ({ value, name: autonym(value) })),
  };
}

/** The short notice after a ?lang= the survey does not offer, in the language shown instead; or null. */
export function languageNotice(context: RespondentContext): string | null {
  if (context.languageNotOffered === null) return null;
  return translate(context.language, "language.notOffered", {
    requested: nameIn(context.language, context.languageNotOffered),
    shown: nameIn(context.language, context.language),
  });
}

/** What every respondent page's loader adds: the page chrome, and the switch and notice for `back`. */
export function respondentChrome(context: RespondentContext, back: string) {
  return {
    chrome: pageChrome(context.language),
    languageSwitch: languageSwitch(context, back),
    languageNotice: languageNotice(context),
  };
}

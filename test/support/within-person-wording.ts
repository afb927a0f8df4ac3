/**
 * Words that describe change within a person ("burnout rises with years") — wrong for a survey that compares
 * different people at one moment (issue 10, item 4). Nouns that name the concepts ("erosion", "the drop in
 * capacity", a rating "now" against a recalled "start") stay allowed; verbs of change over a life do not.
 */
export const WITHIN_PERSON_WORDING: readonly RegExp[] = [
  /\b(rise|rises|rising|rose|risen)\b/i,
  /\b(increases|increasing|increased)\b/i,
  /\b(grows|growing|grew|grown)\b/i,
  /\b(declines|declining|declined)\b/i,
  /\b(worsens|worsening|worsened)\b/i,
  /\b(recover|recovers|recovering|recovered|recovery)\b/i,
  /\b(erodes|eroding|eroded)\b/i,
  /\b(wears|wore|worn) (them |people |practitioners )?down\b/i,
  /\b(becomes|became|develops|developed)\b/i,
  /\bover (time|the years)\b/i,
  /\bas (the )?years (go|pass)\b/i,
];

/** A "harm trajectory" is allowed only where the text says in the same sentence that it is cross-sectional. */
export const HARM_TRAJECTORY = /\bharm trajector(y|ies)\b/i;
export const CROSS_SECTIONAL_QUALIFIER = /cross-sectional|between people|different people|across people/i;

/** The offending phrases in a text, with a little context for the failure message. */
export function withinPersonPhrases(text: string): string[] {
  return WITHIN_PERSON_WORDING.flatMap((pattern) => {
    const global = new RegExp(pattern.source, "gi");
    return [...text.matchAll(global)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40));
  });
}

/** Sentences that name the harm trajectory without saying it compares different people. */
export function unqualifiedTrajectorySentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => HARM_TRAJECTORY.test(sentence) && !CROSS_SECTIONAL_QUALIFIER.test(sentence));
}

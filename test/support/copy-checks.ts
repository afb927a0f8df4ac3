/**
 * Copy mistakes a reader notices (issue 15, item 14): doubled punctuation ("group).):", "outcome.;"), a
 * hyphen-minus where a minus sign belongs ("-0.05" in running text; charts and tables use "−"), and a negative
 * zero ("−0.0"). Each finding is returned with a little context for the failure message.
 */
const COPY_MISTAKES: readonly [string, RegExp][] = [
  // Two of . , ; : with only closing brackets or quotes between them; "...", "e.g.,", "i.e.,", "et al.," and
  // an initial in a citation ("Kristensen, T. S., Borritz") are fine.
  ["doubled punctuation", /(?<!\b[eE]\.g|\b[iI]\.e|\bal|\b[A-Z])[.,;:][)\]"”’]*[.,;:]/g],
  ["hyphen-minus before a number", /(?<=^|[\s(=[])-\d/g],
  // Not inside a code or compound: the "-0" of a resume code such as "VVRM-PJRQ-0KRG" is a hyphen.
  ["negative zero", /(?<![\p{L}\d])[-−]0(?:\.0+)?(?![.\d\p{L}])/gu],
  // "the the", "optional) Optional": a word said twice within one line of text, across brackets and punctuation.
  ["repeated word", /\b([a-z]{3,})[)\].,;]*[ \t]+\1\b/gi],
];

export function copyMistakes(written: string): string[] {
  const text = written.replace(/\.{3,}/g, "…"); // an ellipsis typed as dots is not doubled punctuation
  return COPY_MISTAKES.flatMap(([name, pattern]) =>
    [...text.matchAll(pattern)].map(
      (m) => `${name}: …${text.slice(Math.max(0, m.index - 30), m.index + 10).replace(/\s+/g, " ")}…`,
    ),
  );
}

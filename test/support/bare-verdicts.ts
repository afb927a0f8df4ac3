/** A leaver verdict word: equivalent/equivalence, different, inconclusive. */
const VERDICT = /\b(equivalen\w*|different|inconclusive)\b/i;
/** The bound beside it: "±" and a number, e.g. "±10", "±12.5 points". */
const BOUND = /±\s?\d/;
/** Within-person words for what is a comparison between people. */
const WITHIN_PERSON = /\brecover\w*|\bno recovery\b/i;

/** A text cut into sentences (and lines, for table cells and headings). */
const sentences = (text: string) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The sentences of a text that state a leaver verdict without naming its bound (a verdict word with no "±" and a
 * number in the same sentence), or that speak of recovery. `aboutLeavers` limits the check to sentences that
 * mention leaving (for whole pages, where "different" may describe something else).
 */
export function bareVerdicts(text: string, options: { aboutLeavers?: boolean } = {}): string[] {
  return sentences(text).filter((sentence) => {
    if (options.aboutLeavers && !/\bleav|\bleft\b/i.test(sentence)) return false;
    return (VERDICT.test(sentence) && !BOUND.test(sentence)) || WITHIN_PERSON.test(sentence);
  });
}

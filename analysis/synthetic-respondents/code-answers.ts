import {
  codeElement,
  normaliseCodeAnswer,
  type CodeElement,
  type CodeElementId,
} from "../../instrument/identification-code-elements";
import type { Draws } from "./random-draws";

/**
 * First letters of given names, approximate shares in % for English-speaking countries (J, A, M, C and S most
 * common; Q, U and X rare): hand-set to the shape of the US Social Security Administration's given-name files, not
 * fitted to them. Used for every letter element: parents' and own initials, and, as a stand-in, town and street
 * initials.
 */
// prettier-ignore
const LETTER_SHARES = {
  A: 9, B: 4, C: 7, D: 6, E: 5, F: 1.5, G: 2.5, H: 2.5, I: 1, J: 9.5, K: 5, L: 5.5, M: 9,
  N: 3, O: 0.8, P: 2.5, Q: 0.1, R: 5, S: 7, T: 5, U: 0.1, V: 1.5, W: 2, X: 0.1, Y: 0.4, Z: 0.5,
};
export const INITIAL_LETTER_WEIGHTS: ReadonlyArray<readonly [string, number]> = Object.entries(LETTER_SHARES);

/** Count elements: shares of each value (older siblings: about 40 % first-borns; first names mostly 4–7 letters). */
const COUNT_WEIGHTS: Partial<Record<CodeElementId, Record<number, number>>> = {
  older_siblings: { 0: 40, 1: 30, 2: 15, 3: 8, 4: 4, 5: 3 },
  mother_name_length: { 3: 5, 4: 15, 5: 25, 6: 25, 7: 15, 8: 8, 9: 4, 10: 2, 11: 1 },
  // days 29–31 do not occur in every month
  birth_day: Object.fromEntries(
    Array.from({ length: 31 }, (_, i) => [i + 1, i < 28 ? 12 : i === 28 ? 11.25 : i === 29 ? 11 : 7]),
  ),
};

/**
 * Per element: the share of people who do not know the answer at all (they say "I don't know" at every wave), and
 * at 6 months the chance that a later answer is wrong (a different plausible value) or "I don't know" although the
 * first wave was answered, for a person of average propensity and apart from the clusters of later-code.ts, which
 * add errors that come together. With both, a code of the first eight elements carries at least one wrong element
 * about 8 % of the time at 6 months (8.5 % of codes had an error over a 7-wave school study; McGloin et al. 1996
 * matched 75.2 % with 2.7 % false matches; docs/validation.md). Counting and less familiar facts (name length,
 * siblings, street and town initials) err most.
 */
export const CODE_ERROR_RATES: Readonly<
  Record<CodeElementId, { neverKnown: number; wrongAt6: number; dontKnowAt6: number }>
> = {
  mother_initial: { neverKnown: 0.01, wrongAt6: 0.006, dontKnowAt6: 0.004 },
  father_initial: { neverKnown: 0.04, wrongAt6: 0.01, dontKnowAt6: 0.008 },
  own_initial: { neverKnown: 0.002, wrongAt6: 0.004, dontKnowAt6: 0.002 },
  birth_month: { neverKnown: 0.005, wrongAt6: 0.006, dontKnowAt6: 0.002 },
  birth_day: { neverKnown: 0.01, wrongAt6: 0.01, dontKnowAt6: 0.004 },
  older_siblings: { neverKnown: 0.005, wrongAt6: 0.012, dontKnowAt6: 0.004 },
  school_town_initial: { neverKnown: 0.03, wrongAt6: 0.014, dontKnowAt6: 0.008 },
  mother_name_length: { neverKnown: 0.02, wrongAt6: 0.02, dontKnowAt6: 0.008 },
  birth_year_last_digit: { neverKnown: 0.005, wrongAt6: 0.008, dontKnowAt6: 0.002 },
  street_initial: { neverKnown: 0.12, wrongAt6: 0.02, dontKnowAt6: 0.015 },
};

/**
 * How a 6-month rate grows with the time since the first wave: p(t) = min(0.5, p₆·(t/6)^1.5). Faster than linear, so
 * that at 12–18 months a first-eight code (with the correlated errors of later-code.ts) is exact, no element wrong
 * or "I don't know", 74 %–60 % of the time, inside the 50–75 % of exact matches reported for 12–18 months (Yurek et
 * al. 2008: 51–67 %).
 */
export function rateAfter(rateAt6: number, months: number): number {
  return Math.min(0.5, rateAt6 * (months / 6) ** 1.5);
}

function drawValue(element: CodeElement, draws: Draws): string {
  if (element.kind === "letter") return draws.weighted(INITIAL_LETTER_WEIGHTS);
  if (element.kind === "month") return String(1 + Math.floor(draws.uniform() * 12));
  const weights = COUNT_WEIGHTS[element.id as CodeElementId];
  if (weights)
    return String(draws.weighted(Object.entries(weights).map(([v, w]) => [Number(v), w] as const)));
  return String(element.min + Math.floor(draws.uniform() * (element.max - element.min + 1)));
}

/** A person's true answer (normalised as the app hashes it), or null if they do not know it. */
export function trueCodeAnswer(id: CodeElementId, draws: Draws): string | null {
  const element = codeElement(id);
  const known = !draws.chance(CODE_ERROR_RATES[id].neverKnown);
  const value = drawValue(element, draws);
  return known ? normaliseCodeAnswer(element, value) : null;
}

/** A plausible wrong answer: another letter by frequency, a neighbouring month or count (a slip), or any other month. */
export function wrongValue(element: CodeElement, truth: string, draws: Draws): string {
  if (element.kind === "letter")
    return draws.weighted(INITIAL_LETTER_WEIGHTS.filter(([letter]) => letter !== truth));
  const value = Number(truth);
  const [min, max] = element.kind === "month" ? [1, 12] : [element.min, element.max];
  if (element.kind === "month" && draws.chance(0.5))
    return String(draws.oneOf(Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => m !== value)));
  const neighbours = [value - 1, value + 1].filter((candidate) => candidate >= min && candidate <= max);
  return String(draws.oneOf(neighbours));
}

/**
 * One element's answer given `months` after the first wave, on its own: the truth, a wrong value, or "I don't know"
 * (null), with the element's rates multiplied by the person's `propensity` (1 = the average person; later-code.ts).
 */
export function laterCodeAnswer(
  id: CodeElementId,
  truth: string | null,
  months: number,
  draws: Draws,
  propensity = 1,
): string | null {
  if (truth === null) return null;
  const rates = CODE_ERROR_RATES[id];
  const u = draws.uniform();
  const wrong = rateAfter(propensity * rates.wrongAt6, months);
  if (u < wrong) return normaliseCodeAnswer(codeElement(id), wrongValue(codeElement(id), truth, draws));
  if (u < wrong + rateAfter(propensity * rates.dontKnowAt6, months)) return null;
  return truth;
}

import {
  codeElement,
  normaliseCodeAnswer,
  type CodeElementId,
} from "../../instrument/identification-code-elements";
import { laterCodeAnswer, rateAfter, wrongValue } from "./code-answers";
import type { Draws } from "./random-draws";

/**
 * Why code errors are correlated here, not independent per element. Real self-generated codes go wrong in a few
 * people and in a few ways at once: careless answering is concentrated in a minority of respondents (Meade & Craig
 * 2012, Psychol. Methods 17, 437–455, put it at about 10–12 %), and the people whose codes fail in panel studies
 * fail on several elements (the J Adolesc Health 2017 eight-element code needed "up to 2 changed elements" for 95.7 %
 * and "up to 4" for 99.7 %, so codes with 2–4 changes are not rare). Independent errors at the same per-element rates
 * would make codes with two or more errors far rarer, and the linkage look better than it is.
 *
 * Two mechanisms, both design choices (not estimates from one data set):
 * - A person-level propensity, drawn once per person and kept across waves: a multiplier of every later-wave error
 *   and "I don't know" rate. A mixture: 10 % of people are careless (×5), the other 90 % careful (×5/9), so that the
 *   mean multiplier is 1 and the table rates stay the average person's rates.
 * - Element clusters that fail together in one event (CODE_ERROR_CLUSTERS), each event's rate also multiplied by
 *   the person's propensity and growing with time like the single-element rates (rateAfter).
 */
export const CODE_PROPENSITY = { carelessShare: 0.1, careless: 5, careful: 5 / 9 } as const;

/** A person's multiplier of code error rates, drawn once when they first answer (CODE_PROPENSITY). */
export function drawCodePropensity(draws: Draws): number {
  return draws.chance(CODE_PROPENSITY.carelessShare) ? CODE_PROPENSITY.careless : CODE_PROPENSITY.careful;
}

export interface CodeErrorCluster {
  name: string;
  /** the answer an affected member gets: a wrong value, or "I don't know" */
  outcome: "wrong" | "dontKnow";
  /** chance of the event at 6 months for a person with propensity 1 */
  rateAt6: number;
  /** each member present in the code is affected with this chance when the event happens */
  members: Partial<Record<CodeElementId, number>>;
}

/**
 * - birth date: day and month given in the other order (a day-first or month-first habit), or a different date
 *   remembered: both elements wrong together.
 * - names as used: the names written as they are used rather than as given (a nickname, another spelling or
 *   transliteration): each name element changes with chance 1/2, the three initials and the mother's name length.
 * - "I don't know" on several: a hurried answer skipping the elements one has to think about.
 */
export const CODE_ERROR_CLUSTERS: readonly CodeErrorCluster[] = [
  { name: "birth date", outcome: "wrong", rateAt6: 0.004, members: { birth_month: 1, birth_day: 1 } },
  {
    name: "names as used",
    outcome: "wrong",
    rateAt6: 0.004,
    members: { own_initial: 0.5, mother_initial: 0.5, father_initial: 0.5, mother_name_length: 0.5 },
  },
  {
    name: "I don't know on several",
    outcome: "dontKnow",
    rateAt6: 0.006,
    members: {
      father_initial: 0.6,
      older_siblings: 0.6,
      school_town_initial: 0.6,
      mother_name_length: 0.6,
      street_initial: 0.6,
    },
  },
];

/** A plausible wrong answer to one element (code-answers.ts). */
function wrongAnswer(code: Record<string, string | null>, id: CodeElementId, draws: Draws): string | null {
  return normaliseCodeAnswer(codeElement(id), wrongValue(codeElement(id), code[id]!, draws));
}

/** Month and day exchanged when that gives a valid, different month; otherwise a plausible wrong value each. */
function wrongDate(code: Record<string, string | null>, id: CodeElementId, draws: Draws): string | null {
  const [month, day] = [code.birth_month, code.birth_day];
  if (month != null && day != null && Number(day) <= 12 && day !== month)
    return id === "birth_month" ? day : month;
  return wrongAnswer(code, id, draws);
}

/** The elements each cluster event affects at this wave, with the answer they get (null = "I don't know"). */
function clusterAnswers(
  code: Record<string, string | null>,
  elements: readonly CodeElementId[],
  months: number,
  propensity: number,
  draws: Draws,
): Map<CodeElementId, string | null> {
  const affected = new Map<CodeElementId, string | null>();
  for (const cluster of CODE_ERROR_CLUSTERS) {
    if (!draws.chance(rateAfter(propensity * cluster.rateAt6, months))) continue;
    for (const id of elements) {
      const share = cluster.members[id];
      if (share === undefined || !draws.chance(share) || code[id] == null || affected.has(id)) continue;
      if (cluster.outcome === "dontKnow") affected.set(id, null);
      else if (id === "birth_month" || id === "birth_day") affected.set(id, wrongDate(code, id, draws));
      else
        affected.set(id, normaliseCodeAnswer(codeElement(id), wrongValue(codeElement(id), code[id]!, draws)));
    }
  }
  return affected;
}

/**
 * A person's whole code `months` after their first wave: first the cluster events (CODE_ERROR_CLUSTERS, in their
 * order; an element keeps the first event's answer), then every other element on its own (laterCodeAnswer), all
 * rates multiplied by the person's propensity (drawCodePropensity) before the cap of rateAfter.
 *
 * Cost: O(clusters · elements).
 *
 * @example
 * laterCode({ birth_month: "3", birth_day: "7" }, ["birth_month", "birth_day"], 6, 1, draws);
 * // usually { birth_month: "3", birth_day: "7" }; rarely { birth_month: "7", birth_day: "3" }
 */
export function laterCode(
  code: Record<string, string | null>,
  elements: readonly CodeElementId[],
  months: number,
  propensity: number,
  draws: Draws,
): Record<string, string | null> {
  const affected = clusterAnswers(code, elements, months, propensity, draws);
  return Object.fromEntries(
    elements.map((id) => [
      id,
      affected.has(id)
        ? (affected.get(id) ?? null)
        : laterCodeAnswer(id, code[id] ?? null, months, draws, propensity),
    ]),
  );
}

/** An instructed-response item ("please choose Disagree here") and the code it asks for. */
export interface AttentionCheck {
  id: string;
  expected: number;
}

/**
 * Failed attention checks (instructed-response items; Meade & Craig 2012, Psychol. Methods 17, 437–455;
 * Curran 2016, J. Exp. Soc. Psychol. 66, 4–19): for each respondent, the checks whose answer is not the
 * instructed code.
 *
 * Method: a check counts only when the respondent was shown it, i.e. when its id is a key of their answers
 * (a blank seen item is stored as null and counts as failed; an item never shown has no key and is skipped).
 *
 * Cost: O(n·c) for c checks.
 *
 * @param answers one answer record per respondent, keyed by item (or matrix-row) id
 * @param checks the attention checks and their expected codes
 * @returns per respondent, the ids of the failed checks (empty when none failed)
 * @example
 * failedAttentionChecks([{ att: 2 }, { att: 4 }, { att: null }, {}], [{ id: "att", expected: 2 }]);
 * // [[], ["att"], ["att"], []]
 */
export function failedAttentionChecks(
  answers: ReadonlyArray<Readonly<Record<string, unknown>>>,
  checks: readonly AttentionCheck[],
): string[][] {
  return answers.map((record) =>
    checks
      .filter((check) => Object.hasOwn(record, check.id) && record[check.id] !== check.expected)
      .map((check) => check.id),
  );
}

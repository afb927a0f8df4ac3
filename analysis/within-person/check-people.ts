import type { PersonWaves, WithinPersonOptions } from "./types";

/** The small-cell rule's default k, the same as the survey analysis (`analysisSettings`, `ANALYSIS_K_DEFAULT`). */
export const WITHIN_PERSON_DEFAULT_K = 10;

/** Options with their defaults filled in. */
export type WithinPersonSettings = Required<Omit<WithinPersonOptions, "waves">> & {
  waves: readonly [number, number];
};

const fail = (what: string): never => {
  throw new Error(`analyseWithinPerson requires ${what}`);
};

/** Every person linked over at least two distinct waves, with finite months, scores and support. */
function checkPerson(person: PersonWaves): void {
  const waves = new Set(person.waves.map((w) => w.wave));
  if (waves.size !== person.waves.length) fail("each wave at most once per person");
  if (waves.size < 2) {
    fail(`every person to have at least two waves (person ${person.person} has ${waves.size})`);
  }
  for (const w of person.waves) {
    if (!Number.isInteger(w.wave) || !Number.isFinite(w.monthsSinceFirstWave)) {
      fail("integer wave numbers and finite months since the first wave");
    }
    if (w.tenureYears !== null && !Number.isFinite(w.tenureYears)) fail("finite tenure years or null");
    for (const score of Object.values(w.scores)) {
      if (score !== null && !Number.isFinite(score)) fail("finite scores or null");
    }
  }
  if (person.baselineSupport !== null && !Number.isFinite(person.baselineSupport)) {
    fail("a finite baseline support or null");
  }
}

/**
 * Checks the linked people and the options and fills in the defaults: k 10, the two lowest wave numbers present,
 * no months covariate, B = 2000 and seed 1.
 *
 * Cost: O(total waves).
 *
 * @throws Error "analyseWithinPerson requires linked people (none were given)"
 * @throws Error "analyseWithinPerson requires every person to have at least two waves (person … has 1)"
 * @throws Error "analyseWithinPerson requires …" for duplicate waves, non-finite numbers and bad options
 * @example
 * withinPersonSettings(people, { scales: [{ id: "cbi_work", label: "Work-related burnout" }] }).waves; // [1, 2]
 */
export function withinPersonSettings(
  people: readonly PersonWaves[],
  options: WithinPersonOptions,
): WithinPersonSettings {
  if (people.length === 0) fail("linked people (none were given)");
  people.forEach(checkPerson);
  if (options.scales.length === 0) fail("at least one scale");
  const {
    minCellSize = WITHIN_PERSON_DEFAULT_K,
    adjustForMonths = false,
    bootstrapB = 2000,
    seed = 1,
  } = options;
  if (!Number.isInteger(minCellSize) || minCellSize < 2) fail("minCellSize to be an integer of at least 2");
  if (!Number.isInteger(bootstrapB) || bootstrapB < 100) fail("bootstrapB to be an integer of at least 100");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    fail("seed to be an integer in [0, 4294967295]");
  const present = [...new Set(people.flatMap((p) => p.waves.map((w) => w.wave)))].sort((a, b) => a - b);
  const waves = options.waves ?? ([present[0], present[1]] as [number, number]);
  if (!(waves[0] < waves[1]) || !waves.every((w) => present.includes(w))) {
    fail(`two present waves, earlier first (present: ${present.join(", ")})`);
  }
  return { scales: options.scales, minCellSize, adjustForMonths, bootstrapB, seed, waves };
}

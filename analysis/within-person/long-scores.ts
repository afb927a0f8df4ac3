import type { PersonWaves } from "./types";

/** One scale in long form: a row per scored wave of a person with a baseline support. */
export interface LongScores {
  /** each row's person (index in the input) */
  person: Int32Array;
  score: Float64Array;
  /** years since the person's first wave */
  years: Float64Array;
  /** the person's baseline support */
  support: Float64Array;
  /** distinct wave numbers among the rows */
  waves: number;
}

/**
 * The scored waves of one scale, for everyone with a baseline support, in long form; time is counted from each
 * person's own first wave (months / 12), so a person who joined at wave 2 starts at 0 too.
 *
 * Cost: O(total waves).
 *
 * @param only when given, only these people (indices into `people`)
 * @example
 * longScores(people, "cbi_work").years; // 0, 0.5, 1, 0, 0.42, …
 */
export function longScores(
  people: readonly PersonWaves[],
  scale: string,
  only?: readonly number[],
): LongScores {
  const rows: [number, number, number, number][] = [];
  const waves = new Set<number>();
  for (const i of only ?? people.keys()) {
    const p = people[i]!;
    if (p.baselineSupport === null) continue;
    const start = Math.min(...p.waves.map((w) => w.monthsSinceFirstWave));
    for (const w of p.waves) {
      const score = w.scores[scale];
      if (typeof score !== "number") continue;
      rows.push([i, score, (w.monthsSinceFirstWave - start) / 12, p.baselineSupport]);
      waves.add(w.wave);
    }
  }
  const column = (j: number) => Float64Array.from(rows, (r) => r[j]!);
  return {
    person: Int32Array.from(rows, (r) => r[0]),
    score: column(1),
    years: column(2),
    support: column(3),
    waves: waves.size,
  };
}

import type { PersonWave, PersonWaves } from "./types";

/** The people with a scale scored at both compared waves, as columns (one entry per person). */
export interface WavePairs {
  /** index of each person in the input */
  person: Int32Array;
  earlier: Float64Array;
  later: Float64Array;
  /** months between the two waves */
  months: Float64Array;
  /** baseline support, NaN when missing */
  support: Float64Array;
}

const waveOf = (p: PersonWaves, wave: number): PersonWave | undefined => p.waves.find((w) => w.wave === wave);

/**
 * The earlier and later score of one scale for everyone scored at both waves, with the months between them and
 * the baseline support; people without either score are left out.
 *
 * Cost: O(total waves).
 *
 * @example
 * wavePairs(people, "cbi_work", [1, 2]).later.length; // people with work-related burnout at waves 1 and 2
 */
export function wavePairs(
  people: readonly PersonWaves[],
  scale: string,
  waves: readonly [number, number],
): WavePairs {
  const rows: [number, number, number, number, number][] = [];
  people.forEach((p, i) => {
    const a = waveOf(p, waves[0]);
    const b = waveOf(p, waves[1]);
    const earlier = a?.scores[scale];
    const later = b?.scores[scale];
    if (a && b && typeof earlier === "number" && typeof later === "number") {
      rows.push([
        i,
        earlier,
        later,
        b.monthsSinceFirstWave - a.monthsSinceFirstWave,
        p.baselineSupport ?? NaN,
      ]);
    }
  });
  const column = (j: number) => Float64Array.from(rows, (r) => r[j]!);
  return {
    person: Int32Array.from(rows, (r) => r[0]),
    earlier: column(1),
    later: column(2),
    months: column(3),
    support: column(4),
  };
}

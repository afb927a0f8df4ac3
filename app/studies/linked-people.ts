import type { ChainMember, Link, LinkageRecord } from "../../analysis/linkage";
import type { PersonWave, PersonWaves } from "../../analysis/within-person";

/** One wave of the chained order: its number, its months since the first wave and its records. */
export type ChainedWave = {
  wave: number;
  monthsSinceFirstWave: number;
  records: readonly LinkageRecord[];
};

type PeopleOptions = { supportScale: string; newId: () => string };

/**
 * The people of chains across waves ({@link chainLinks} of analysis/linkage) as the within-person analysis reads
 * them: each under a new random id (never a response id or a code), with every wave's scale scores and years in
 * support, and the support score of the person's first wave as the moderator. A member whose record is not among
 * its wave's records is left out, and so is a person left with fewer than two waves. `newId` is
 * crypto.randomUUID on the server and a counter in tests.
 */
export function chainedPeople(
  chains: readonly (readonly ChainMember[])[],
  waves: readonly ChainedWave[],
  options: PeopleOptions,
): PersonWaves[] {
  const byId = waves.map((wave) => new Map(wave.records.map((record) => [record.id, record])));
  return chains.flatMap((chain) => {
    const found = chain.flatMap((member) => {
      const record = byId[member.wave]?.get(member.id);
      return record ? [{ wave: waves[member.wave]!, record }] : [];
    });
    if (found.length < 2) return [];
    const personWaves: PersonWave[] = found.map(({ wave, record }) => ({
      wave: wave.wave,
      monthsSinceFirstWave: wave.monthsSinceFirstWave,
      scores: record.baseline ?? {},
      tenureYears: record.yearsInSupport ?? null,
    }));
    return [
      {
        person: options.newId(),
        baselineSupport: found[0]!.record.baseline?.[options.supportScale] ?? null,
        waves: personWaves,
      },
    ];
  });
}

/** The people of one pair's accepted links: {@link chainedPeople} with a chain of two per link. */
export function linkedPeople(
  links: readonly Link[],
  waves: { earlier: readonly LinkageRecord[]; later: readonly LinkageRecord[] },
  options: PeopleOptions & { earlierWave: number; laterWave: number; monthsBetween: number },
): PersonWaves[] {
  return chainedPeople(
    links.map((link) => [
      { wave: 0, id: link.earlierId },
      { wave: 1, id: link.laterId },
    ]),
    [
      { wave: options.earlierWave, monthsSinceFirstWave: 0, records: waves.earlier },
      { wave: options.laterWave, monthsSinceFirstWave: options.monthsBetween, records: waves.later },
    ],
    options,
  );
}

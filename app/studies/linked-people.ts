import type { Link, LinkageRecord } from "../../analysis/linkage";
import type { PersonWaves } from "../../analysis/within-person";

/**
 * The people of the accepted links as the within-person analysis reads them: each under a new random id (never a
 * response id or a code), with both waves' scale scores and years in support, and the first wave's support score
 * as the moderator. `newId` is crypto.randomUUID on the server and a counter in tests.
 */
export function linkedPeople(
  links: readonly Link[],
  waves: { earlier: readonly LinkageRecord[]; later: readonly LinkageRecord[] },
  options: {
    earlierWave: number;
    laterWave: number;
    monthsBetween: number;
    supportScale: string;
    newId: () => string;
  },
): PersonWaves[] {
  const earlierById = new Map(waves.earlier.map((record) => [record.id, record]));
  const laterById = new Map(waves.later.map((record) => [record.id, record]));
  return links.flatMap((link) => {
    const earlier = earlierById.get(link.earlierId);
    const later = laterById.get(link.laterId);
    if (!earlier || !later) return [];
    return [
      {
        person: options.newId(),
        baselineSupport: earlier.baseline?.[options.supportScale] ?? null,
        waves: [
          {
            wave: options.earlierWave,
            monthsSinceFirstWave: 0,
            scores: earlier.baseline ?? {},
            tenureYears: earlier.yearsInSupport ?? null,
          },
          {
            wave: options.laterWave,
            monthsSinceFirstWave: options.monthsBetween,
            scores: later.baseline ?? {},
            tenureYears: later.yearsInSupport ?? null,
          },
        ],
      },
    ];
  });
}

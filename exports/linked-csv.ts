import { csvRecords, type CsvValue } from "../instrument/encode/csv";
import { roundScore } from "../instrument/missing-codes";

/** One wave of a linked person: when (months since the study's wave 1), years in support and the scale scores. */
export type LinkedWave = {
  wave: number;
  monthsSinceWave1: number;
  yearsInSupport: number | null;
  scores: Readonly<Record<string, number | null>>;
};

/**
 * A person the linkage found in both waves, under a link id made for this file alone (random, never derived from
 * a response id, a code or the order of rows), with the institutional-support tertile of the earlier wave
 * (1 low, 2 middle, 3 high; null when that score could not be computed).
 */
export type LinkedPerson = { linkId: string; supportTertile: 1 | 2 | 3 | null; waves: readonly LinkedWave[] };

/** The codes written for an absent value (the survey exports' family: instrument/missing-codes.ts). */
export type LinkedMissingCodes = { noScore: number; notAnswered: number };

/** The columns before the scale scores, in order; the scores follow under their scale ids. */
export const LINKED_FIXED_COLUMNS = [
  "link_id",
  "wave",
  "months_since_wave_1",
  "years_support",
  "support_tertile_baseline",
] as const;

const byLinkId = (a: LinkedPerson, b: LinkedPerson) =>
  a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0;

/**
 * The linked data in long form: one row per person per wave, the people sorted by their link id (random, so the
 * order of rows says nothing about the order of responses), each person's waves in order. Scores and years in
 * support rounded to 2 decimals as in the survey exports; months to 1. Absent values are written as missing
 * codes: a score that could not be computed (and a tertile without its score) as `missing.noScore`, years in
 * support not answered as `missing.notAnswered`. Throws when two people share a link id.
 *
 * Cost: O(p log p + p · scales) for p people.
 *
 * @example
 * linkedCsv([{ linkId: "Lb", supportTertile: 1, waves: [...] }], ["cbi_client"], { noScore: 998, notAnswered: 999 })
 * // "link_id,wave,months_since_wave_1,years_support,support_tertile_baseline,cbi_client\r\nLb,1,0.0,…"
 */
export function linkedCsv(
  people: readonly LinkedPerson[],
  scaleIds: readonly string[],
  missing: LinkedMissingCodes,
): string {
  if (new Set(people.map((person) => person.linkId)).size !== people.length)
    throw new Error("linkedCsv requires a different link id for every person");
  const rows: CsvValue[][] = [...people].sort(byLinkId).flatMap((person) =>
    [...person.waves]
      .sort((a, b) => a.wave - b.wave)
      .map((wave) => [
        person.linkId,
        wave.wave,
        { fixed: wave.monthsSinceWave1, decimals: 1 },
        wave.yearsInSupport === null ? missing.notAnswered : roundScore(wave.yearsInSupport),
        person.supportTertile ?? missing.noScore,
        ...scaleIds.map((id) => {
          const score = wave.scores[id];
          return score === null || score === undefined ? missing.noScore : roundScore(score);
        }),
      ]),
  );
  return csvRecords([[...LINKED_FIXED_COLUMNS, ...scaleIds], ...rows]);
}

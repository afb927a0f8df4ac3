import { randomUUID } from "node:crypto";
import type { LinkageResult } from "../../analysis/linkage";
import { SURVEY_ROLES } from "../../analysis/survey";
import { analyseWithinPerson, type WithinPersonResults } from "../../analysis/within-person";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { linkageFingerprint } from "./linkage-fingerprint.server";
import { linkedPeople } from "./linked-people";
import type { StudyRefusal } from "./study-refusal";
import type { WaveLinkageRecords } from "./wave-linkage-records.server";
import { linkWavePair, type LinkWavesRequest, type WaveOf } from "./wave-pair.server";

export type { LinkWavesRequest } from "./wave-pair.server";

/** What the linkage page shows: no record ids, no links, only counts and distributions (decision 057). */
export type WaveLinkageReport = {
  earlier: { waveNumber: number; title: string; responses: number; withoutCode: number };
  later: { waveNumber: number; title: string; responses: number; withoutCode: number };
  monthsBetween: number;
  elementIds: readonly string[];
  result: Omit<LinkageResult, "links">;
  linksMade: number;
  /** change within the linked people between the two waves (decision 058); null without links */
  withinPerson: WithinPersonResults | null;
  /** identifies this linkage (waves, threshold, responses, links) for publishing what was reviewed */
  fingerprint: string;
};

const waveSide = (wave: WaveOf, read: WaveLinkageRecords) => ({
  waveNumber: wave.waveNumber,
  title: wave.title,
  responses: read.records.length + read.withoutCode,
  withoutCode: read.withoutCode,
});

/** The erosion scales of the analysis roles that the definition scores, with their labels. */
export const erosionScales = (definition: InstrumentDefinition) =>
  definition.scales
    .filter((scale) => SURVEY_ROLES.erosion.includes(scale.id))
    .map((scale) => ({ id: scale.id, label: scale.label.en }));

export function withinPersonChange(
  definition: InstrumentDefinition,
  links: LinkageResult["links"],
  [earlier, later]: [WaveLinkageRecords, WaveLinkageRecords],
  waves: { earlierWave: number; laterWave: number; monthsBetween: number },
): WithinPersonResults | null {
  const scales = erosionScales(definition);
  if (links.length === 0 || scales.length === 0) return null;
  const people = linkedPeople(
    links,
    { earlier: earlier.records, later: later.records },
    { ...waves, supportScale: SURVEY_ROLES.support, newId: randomUUID },
  );
  return analyseWithinPerson(people, { scales });
}

/**
 * Links two waves of a study ({@link linkWavePair}) and reports what the researcher needs to choose a threshold,
 * with the change within the linked people. Reads only; changes nothing, refusals included.
 */
export async function linkStudyWaves(
  studyId: string,
  request: LinkWavesRequest,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<{ ok: true; report: WaveLinkageReport } | StudyRefusal> {
  const pair = await linkWavePair(studyId, request, mayAnalyse);
  if (!pair.ok) return pair;
  const { waves, records, monthsBetween } = pair;
  const { links, ...result } = pair.linkage;
  return {
    ok: true,
    report: {
      earlier: waveSide(waves[0], records[0]),
      later: waveSide(waves[1], records[1]),
      monthsBetween,
      elementIds: pair.elementIds,
      result,
      linksMade: links.length,
      withinPerson: withinPersonChange(pair.definitions[0], links, records, {
        earlierWave: waves[0].waveNumber,
        laterWave: waves[1].waveNumber,
        monthsBetween,
      }),
      fingerprint: linkageFingerprint(pair),
    },
  };
}

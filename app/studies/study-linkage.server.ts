import { prisma } from "~/db.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import { randomUUID } from "node:crypto";
import { linkWaves, type LinkageResult } from "../../analysis/linkage";
import { SURVEY_ROLES } from "../../analysis/survey";
import { analyseWithinPerson, type WithinPersonResults } from "../../analysis/within-person";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { linkedPeople } from "./linked-people";
import { monthsApart } from "./wave-months";
import { codeElementDifference, codeElementsOf } from "./wave-code-elements";
import { refuse, type StudyRefusal } from "./study-refusal";
import { type WaveLinkageRecords, waveLinkageRecords } from "./wave-linkage-records.server";

export type LinkWavesRequest = { earlier: string; later: string; threshold?: number | undefined };

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
};

type WaveOf = {
  surveyId: string;
  slug: string;
  title: string;
  waveNumber: number;
  plannedOn: string;
  studyId: string;
};

async function waveBySlug(slug: string): Promise<WaveOf | "no survey" | "not a wave"> {
  const survey = await prisma.survey.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      studyWave: { select: { waveNumber: true, plannedOn: true, studyId: true } },
    },
  });
  if (!survey) return "no survey";
  if (!survey.studyWave) return "not a wave";
  return { surveyId: survey.id, slug: survey.slug, title: survey.title, ...survey.studyWave };
}

/** Both waves, checked to be two different waves of this study, in order; or the refusal. */
async function wavesToLink(
  studyId: string,
  request: LinkWavesRequest,
): Promise<[WaveOf, WaveOf] | StudyRefusal> {
  const found: WaveOf[] = [];
  for (const field of ["earlier", "later"] as const) {
    const wave = await waveBySlug(request[field]);
    // One message whether the survey is missing, no wave, or another study's: a researcher learns nothing of
    // surveys outside this study (decision 039: a non-member's 404 is a missing survey's).
    if (typeof wave === "string" || wave.studyId !== studyId)
      return refuse(
        field,
        `"${request[field]}" is not a wave of this study. Only waves of one study can be linked: each study hashes its codes with its own key.`,
      );
    found.push(wave);
  }
  const [earlier, later] = found as [WaveOf, WaveOf];
  if (earlier.surveyId === later.surveyId) return refuse("later", "Choose two different waves.");
  if (later.waveNumber < earlier.waveNumber)
    return refuse(
      "later",
      `Wave ${later.waveNumber} comes before wave ${earlier.waveNumber}: choose the later wave here.`,
    );
  if (monthsApart(earlier.plannedOn, later.plannedOn) <= 0)
    return refuse(
      "later",
      "The two waves are planned on the same day; linkage checks years in support against the time between waves.",
    );
  return [earlier, later];
}

const waveSide = (wave: WaveOf, read: WaveLinkageRecords) => ({
  waveNumber: wave.waveNumber,
  title: wave.title,
  responses: read.records.length + read.withoutCode,
  withoutCode: read.withoutCode,
});

/** The erosion scales of the analysis roles that the definition scores, with their labels. */
const erosionScales = (definition: InstrumentDefinition) =>
  definition.scales
    .filter((scale) => SURVEY_ROLES.erosion.includes(scale.id))
    .map((scale) => ({ id: scale.id, label: scale.label.en }));

function withinPersonChange(
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

async function permissionRefusal(
  waves: [WaveOf, WaveOf],
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<StudyRefusal | null> {
  for (const [field, wave] of [
    ["earlier", waves[0]],
    ["later", waves[1]],
  ] as const)
    if (!(await mayAnalyse(wave.surveyId)))
      return refuse(
        field,
        `Linking needs the right to run the analysis of "${wave.title}" (owner or analyst).`,
      );
  return null;
}

/** Both waves' live definitions and the code elements they share (same ids, same order), or the refusal. */
async function sharedCode(
  waves: [WaveOf, WaveOf],
): Promise<{ definitions: InstrumentDefinition[]; elements: readonly string[] } | StudyRefusal> {
  const series = await Promise.all(waves.map((wave) => currentVersionSeries(wave.surveyId)));
  const definitions = series.flatMap((entry) => (entry ? [entry.latest.definition] : []));
  const [first, second] = definitions.map(codeElementsOf);
  if (definitions.length < 2 || !first || !second)
    return refuse(null, "Both waves need an identification code to be linked.");
  const difference = codeElementDifference(
    first,
    second,
    `Wave ${waves[0].waveNumber}'s identification code`,
  );
  return difference ? refuse(null, difference) : { definitions, elements: first };
}

/**
 * Links two waves of a study by their stored identification codes (Fellegi–Sunter, analysis/linkage) and
 * reports what the researcher needs to choose a threshold. Reads only; changes nothing, refusals included.
 * `mayAnalyse` is the caller's permission check for each wave's survey.
 */
export async function linkStudyWaves(
  studyId: string,
  request: LinkWavesRequest,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<{ ok: true; report: WaveLinkageReport } | StudyRefusal> {
  const waves = await wavesToLink(studyId, request);
  if (!Array.isArray(waves)) return waves;
  const refused = await permissionRefusal(waves, mayAnalyse);
  if (refused) return refused;
  const code = await sharedCode(waves);
  if (!("elements" in code)) return code;
  const { definitions, elements: first } = code;
  const [earlierRecords, laterRecords] = await Promise.all(
    waves.map((wave, index) => waveLinkageRecords(wave.surveyId, definitions[index]!, first)),
  );
  for (const [field, wave, records] of [
    ["earlier", waves[0], earlierRecords!],
    ["later", waves[1], laterRecords!],
  ] as const)
    if (records.records.length === 0)
      return refuse(
        field,
        `Wave ${wave.waveNumber} has no complete response with an identification code yet.`,
      );
  const monthsBetween = monthsApart(waves[0].plannedOn, waves[1].plannedOn);
  const { links, ...result } = linkWaves(earlierRecords!.records, laterRecords!.records, {
    monthsBetween,
    ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
  });
  return {
    ok: true,
    report: {
      earlier: waveSide(waves[0], earlierRecords!),
      later: waveSide(waves[1], laterRecords!),
      monthsBetween,
      elementIds: first,
      result,
      linksMade: links.length,
      withinPerson: withinPersonChange(definitions[0]!, links, [earlierRecords!, laterRecords!], {
        earlierWave: waves[0].waveNumber,
        laterWave: waves[1].waveNumber,
        monthsBetween,
      }),
    },
  };
}

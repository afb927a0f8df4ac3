import { prisma } from "~/db.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import { linkWaves, type LinkageResult } from "../../analysis/linkage";
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

const DAYS_PER_MONTH = 365.25 / 12;
const monthsFrom = (earlier: string, later: string) =>
  (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000 / DAYS_PER_MONTH;

/** Both waves, checked to be two different waves of this study, in order; or the refusal. */
async function wavesToLink(
  studyId: string,
  request: LinkWavesRequest,
): Promise<[WaveOf, WaveOf] | StudyRefusal> {
  const found: WaveOf[] = [];
  for (const field of ["earlier", "later"] as const) {
    const wave = await waveBySlug(request[field]);
    if (wave === "no survey") return refuse(field, "There is no survey with this address.");
    if (wave === "not a wave") return refuse(field, `"${request[field]}" is not a wave of any study.`);
    if (wave.studyId !== studyId)
      return refuse(
        field,
        `"${wave.title}" is a wave of another study. Only waves of one study can be linked: each study hashes its codes with its own key.`,
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
  if (monthsFrom(earlier.plannedOn, later.plannedOn) <= 0)
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
  for (const [field, wave] of [
    ["earlier", waves[0]],
    ["later", waves[1]],
  ] as const)
    if (!(await mayAnalyse(wave.surveyId)))
      return refuse(
        field,
        `Linking needs the right to run the analysis of "${wave.title}" (owner or analyst).`,
      );
  const series = await Promise.all(waves.map((wave) => currentVersionSeries(wave.surveyId)));
  const definitions = series.map((entry) => entry?.latest.definition ?? null);
  const elements = definitions.map((definition) => (definition ? codeElementsOf(definition) : null));
  const [first, second] = elements;
  if (!first || !second) return refuse(null, "Both waves need an identification code to be linked.");
  const difference = codeElementDifference(
    first,
    second,
    `Wave ${waves[0].waveNumber}'s identification code`,
  );
  if (difference) return refuse(null, difference);
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
  const monthsBetween = monthsFrom(waves[0].plannedOn, waves[1].plannedOn);
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
    },
  };
}

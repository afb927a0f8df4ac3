import { prisma } from "~/db.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import { linkWaves, type LinkageResult } from "../../analysis/linkage";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { monthsApart } from "./wave-months";
import { codeElementDifference, codeElementsOf } from "./wave-code-elements";
import { refuse, type StudyRefusal } from "./study-refusal";
import {
  linkageReportOrder,
  type WaveLinkageRecords,
  waveLinkageRecords,
} from "./wave-linkage-records.server";

export type LinkWavesRequest = { earlier: string; later: string; threshold?: number | undefined };

export type WaveOf = {
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

/** Two linked waves with everything read to link them. Holds response ids: never send it to a page as is. */
export type LinkedWavePair = {
  waves: [WaveOf, WaveOf];
  definitions: [InstrumentDefinition, InstrumentDefinition];
  records: [WaveLinkageRecords, WaveLinkageRecords];
  elementIds: readonly string[];
  monthsBetween: number;
  linkage: LinkageResult;
};

/**
 * Links two waves of a study by their stored identification codes (Fellegi–Sunter, analysis/linkage), after
 * checking that both are waves of this study, in order, that the researcher may analyse both (`mayAnalyse`) and
 * that they ask the same code. Reads only; changes nothing, refusals included.
 */
export async function linkWavePair(
  studyId: string,
  request: LinkWavesRequest,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<({ ok: true } & LinkedWavePair) | StudyRefusal> {
  const waves = await wavesToLink(studyId, request);
  if (!Array.isArray(waves)) return waves;
  const refused = await permissionRefusal(waves, mayAnalyse);
  if (refused) return refused;
  const code = await sharedCode(waves);
  if (!("elements" in code)) return code;
  const { definitions, elements } = code;
  const [earlierRecords, laterRecords] = await Promise.all(
    waves.map((wave, index) => waveLinkageRecords(wave.surveyId, definitions[index]!, elements)),
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
  const linkage = linkWaves(earlierRecords!.records, laterRecords!.records, {
    monthsBetween,
    ...linkageReportOrder(definitions[0]!),
    ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
  });
  return {
    ok: true,
    waves,
    definitions: [definitions[0]!, definitions[1]!],
    records: [earlierRecords!, laterRecords!],
    elementIds: elements,
    monthsBetween,
    linkage,
  };
}

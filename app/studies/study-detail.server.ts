import { prisma } from "~/db.server";
import { environment, type Environment } from "~/env.server";
import { type SurveyStatus, surveyStatus } from "~/surveys/surveys.server";
import { memberSurveyIds, type StudyViewer, visibleStudies } from "./studies.server";
import { readStudyKey } from "./study-keys.server";

type Counts = { complete: number; partial: number };

/** What the study page shows of a wave whose survey the viewer is a member of. */
export type WaveSurvey = {
  slug: string;
  title: string;
  status: SurveyStatus;
  liveVersion: number | null;
  /** real respondents only */
  responses: Counts;
  /** the synthetic demo panel's, shown apart, never added to the real ones */
  syntheticResponses: Counts;
};

export type StudyWaveRow = {
  waveNumber: number;
  plannedOn: string;
  /** null: the viewer is not a member of the wave's survey, which then stays unnamed (decision 039) */
  survey: WaveSurvey | null;
};

export type StudyDetail = {
  id: string;
  slug: string;
  title: string;
  waves: StudyWaveRow[];
  key: { present: true } | { present: false; message: string };
};

async function countsOf(surveyId: string, isSynthetic: boolean): Promise<Counts> {
  const where = { instrumentVersion: { surveyId }, isSynthetic };
  const [complete, partial] = await Promise.all([
    prisma.response.count({ where: { ...where, completion: "complete" } }),
    prisma.response.count({ where: { ...where, completion: "partial" } }),
  ]);
  return { complete, partial };
}

async function waveSurvey(surveyId: string): Promise<WaveSurvey | null> {
  const survey = await prisma.survey.findUnique({
    where: { id: surveyId },
    select: { slug: true, title: true, status: true, versions: { select: { version: true } } },
  });
  if (!survey) return null;
  const [responses, syntheticResponses] = await Promise.all([
    countsOf(surveyId, false),
    countsOf(surveyId, true),
  ]);
  const versions = survey.versions.map((row) => row.version);
  const liveVersion = versions.length > 0 ? Math.max(...versions) : null;
  return {
    slug: survey.slug,
    title: survey.title,
    status: surveyStatus(survey),
    liveVersion,
    responses,
    syntheticResponses,
  };
}

/** A study as its page shows it, or null when it does not exist or the viewer may not see it. Reads only. */
export async function studyDetail(
  viewer: StudyViewer,
  slug: string,
  keys: Environment = environment,
): Promise<StudyDetail | null> {
  const study = await prisma.study.findFirst({
    where: { slug, ...visibleStudies(viewer) },
    select: {
      id: true,
      slug: true,
      title: true,
      waves: {
        orderBy: { waveNumber: "asc" },
        select: { waveNumber: true, plannedOn: true, surveyId: true },
      },
    },
  });
  if (!study) return null;
  const memberOf = await memberSurveyIds(viewer.researcherId);
  const waves = await Promise.all(
    study.waves.map(async (wave) => ({
      waveNumber: wave.waveNumber,
      plannedOn: wave.plannedOn,
      survey: memberOf.has(wave.surveyId) ? await waveSurvey(wave.surveyId) : null,
    })),
  );
  const key = readStudyKey(study.id, keys);
  return {
    id: study.id,
    slug: study.slug,
    title: study.title,
    waves,
    key: key.ok ? { present: true } : { present: false, message: key.message },
  };
}

/** The surveys the researcher could add as a wave: those they hold one of `roles` on that are in no study. */
export async function waveCandidates(
  researcherId: string,
  roles: readonly string[],
): Promise<{ id: string; slug: string; title: string }[]> {
  return prisma.survey.findMany({
    where: { studyWave: null, memberships: { some: { researcherId, role: { in: [...roles] } } } },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true },
  });
}

/** One survey the researcher holds one of `roles` on, by slug, or null (also when it is already a wave). */
export async function waveCandidate(researcherId: string, roles: readonly string[], surveySlug: string) {
  return prisma.survey.findFirst({
    where: { slug: surveySlug, memberships: { some: { researcherId, role: { in: [...roles] } } } },
    select: { id: true, slug: true, title: true },
  });
}

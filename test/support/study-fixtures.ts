import { prisma } from "~/db.server";
import { createStudy } from "~/studies/studies.server";
import { addStudyWave } from "~/studies/study-waves.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { STUDY_CODE } from "../fixtures/wave-instrument";
import { createWaveSurvey } from "./wave-surveys";

export type StudyWaveFixture = { survey: string; plannedOn: string; title?: string };

/**
 * A study made as the lab makes one (its key written to STUDY_KEYS_DIR), with one new survey per wave: the
 * default instrument with STUDY_CODE on a code page, owned by `ownerId`, added as waves 1, 2, … through the
 * lab's checks. Returns the study and its waves' survey ids in order.
 */
export async function createStudyWithWaves(
  ownerId: string,
  slug: string,
  waves: readonly StudyWaveFixture[],
): Promise<{ id: string; slug: string; title: string; surveyIds: string[] }> {
  const created = await createStudy(ownerId, { slug, title: `Study ${slug}` });
  if (!created.ok) throw new Error(created.message);
  const study = await prisma.study.findUniqueOrThrow({
    where: { slug },
    select: { id: true, slug: true, title: true },
  });
  const surveyIds: string[] = [];
  for (const wave of waves) {
    const survey = await createWaveSurvey({
      slug: wave.survey,
      elements: STUDY_CODE,
      ownerIds: [ownerId],
      base: loadDefaultInstrument(),
    });
    surveyIds.push(survey.id);
    const added = await addStudyWave(
      ownerId,
      study,
      { ...survey, title: wave.title ?? wave.survey },
      { plannedOn: wave.plannedOn },
    );
    if (!added.ok) throw new Error(added.message);
  }
  return { ...study, surveyIds };
}

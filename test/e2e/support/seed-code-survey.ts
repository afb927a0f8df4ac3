// Called with one line from seed-e2e-surveys.ts: a survey that asks for an identification code, as wave 1 of a
// study whose key lies in the e2e server's own data folder (STUDY_KEYS_DIR unset: <data folder>/study-keys, which
// the Playwright start command deletes with the rest of the folder).
import { prisma } from "~/db.server";
import { createStudyKey } from "~/studies/study-keys.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { codeInstrument } from "../../fixtures/code-instrument";

export const CODE_SURVEY_SLUG = "panel-code";
export const CODE_SURVEY_PATH = `/s/${CODE_SURVEY_SLUG}`;

export async function seedCodeSurvey(): Promise<void> {
  const survey = await prisma.survey.create({
    data: { slug: CODE_SURVEY_SLUG, title: "Panel wave 1 (identification code test)", status: "open" },
  });
  await addInstrumentVersion(survey.id, codeInstrument);
  const study = await prisma.study.create({ data: { slug: "panel-code-study", title: "Panel (e2e)" } });
  await prisma.studyWave.create({
    data: { studyId: study.id, surveyId: survey.id, waveNumber: 1, plannedOn: "2026-12-01" },
  });
  const key = createStudyKey(study.id);
  if (!key.ok) throw new Error(key.message);
  console.log(`Added the e2e survey ${CODE_SURVEY_PATH}, wave 1 of a study with its key.`);
}

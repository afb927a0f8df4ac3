// Surveys the study e2e adds as waves (test/e2e/lab-studies.spec.ts), called from seed-e2e-surveys.ts: per
// JavaScript setting, three draft surveys asking the same identification code, with a few responses each.
import { createHash } from "node:crypto";
import { prisma } from "~/db.server";
import { STUDY_CODE, waveDefinition } from "../../fixtures/wave-instrument";

/** The surveys' slugs and titles, and the responses each holds (complete, partial). */
export const E2E_WAVE_SURVEYS = (setting: "js" | "no-js") =>
  [
    { slug: `panel-${setting}-wave-1`, title: `Panel ${setting} wave 1`, complete: 3, partial: 1 },
    { slug: `panel-${setting}-wave-2`, title: `Panel ${setting} wave 2`, complete: 2, partial: 0 },
    { slug: `panel-${setting}-wave-3`, title: `Panel ${setting} wave 3`, complete: 1, partial: 0 },
  ] as const;

async function addWaveSurvey(survey: ReturnType<typeof E2E_WAVE_SURVEYS>[number], ownerIds: string[]) {
  // Stored directly: the definition schema learns the identification-code item on another branch (issue 14).
  const definition = JSON.stringify(waveDefinition(STUDY_CODE));
  const created = await prisma.survey.create({
    data: {
      slug: survey.slug,
      title: survey.title,
      status: "draft",
      memberships: { create: ownerIds.map((researcherId) => ({ researcherId, role: "owner" })) },
    },
  });
  const version = await prisma.instrumentVersion.create({
    data: {
      surveyId: created.id,
      version: 1,
      definition,
      contentHash: createHash("sha256").update(definition).digest("hex"),
    },
  });
  const completions = [
    ...Array<"complete">(survey.complete).fill("complete"),
    ...Array<"partial">(survey.partial).fill("partial"),
  ];
  for (const completion of completions)
    await prisma.response.create({
      data: { instrumentVersionId: version.id, answers: "{}", completion, submittedOn: "2026-12-01" },
    });
}

/** Adds the wave surveys, owned by every researcher there is (the demo's). */
export async function addE2eWaveSurveys(): Promise<void> {
  const ownerIds = (await prisma.researcher.findMany({ select: { id: true } })).map(({ id }) => id);
  for (const setting of ["js", "no-js"] as const)
    for (const survey of E2E_WAVE_SURVEYS(setting)) await addWaveSurvey(survey, ownerIds);
}

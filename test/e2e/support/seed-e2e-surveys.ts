// Run once by the Playwright server's start command, after the demo seed (playwright.config.ts):
// `tsx test/e2e/support/seed-e2e-surveys.ts`. Adds the surveys only the browser tests answer, beside the demo,
// whose survey stays English-only (its validated scales are never translated by us).
import "../../../scripts/cli-environment";
import { disconnectDatabase, prisma } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import type { InstrumentDefinition } from "../../../instrument/definition-schema";
import { bilingualInstrument } from "../../fixtures/bilingual-instrument";
import { pseudoBidiInstrument } from "../../fixtures/pseudo-bidi-instrument";
import { BILINGUAL_SURVEY_SLUG, PSEUDO_BIDI_SURVEY_SLUG } from "./e2e-surveys";
import { addE2eWaveSurveys } from "./seed-e2e-studies";

/** An open survey owned by every researcher there is (the demo's), so the lab can show its responses. */
async function addOpenSurvey(slug: string, definition: InstrumentDefinition, title: string): Promise<void> {
  const researchers = await prisma.researcher.findMany({ select: { id: true } });
  const survey = await prisma.survey.create({
    data: {
      slug,
      title,
      status: "open",
      memberships: { create: researchers.map(({ id }) => ({ researcherId: id, role: "owner" })) },
    },
  });
  await addInstrumentVersion(survey.id, definition);
}

try {
  await addOpenSurvey(BILINGUAL_SURVEY_SLUG, bilingualInstrument, bilingualInstrument.title.en);
  await addOpenSurvey(PSEUDO_BIDI_SURVEY_SLUG, pseudoBidiInstrument, "Work and rest (right-to-left test)");
  await addE2eWaveSurveys();
  console.log(`Added the e2e surveys /s/${BILINGUAL_SURVEY_SLUG} and /s/${PSEUDO_BIDI_SURVEY_SLUG}.`);
  await (await import("./seed-code-survey")).seedCodeSurvey();
} finally {
  await disconnectDatabase();
}

import type { PrismaClient } from "../generated/prisma/client";
import { ensureDemoResearcher } from "../app/auth/researchers.server";
import { definitionHash } from "../app/surveys/instrument-versions.server";
import {
  DEMO_PANEL_SCENARIO,
  DEMO_PANEL_SEED,
  DEMO_PANEL_SIZE,
  writeSyntheticPanel,
} from "../app/surveys/synthetic-panel.server";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { publishDemoFinding } from "./demo-finding";
import { ensureDemoMemberships, ensureDemoStudent } from "./demo-members";
import { seedDemoStudy } from "./demo-study";

export const DEMO_SURVEY_SLUG = "support-work-and-erosion";

/** Seeds the demo content into an empty database; returns false (and changes nothing) otherwise. */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.survey.count()) > 0) return false;
  const definition = loadDefaultInstrument();
  await prisma.survey.create({
    data: {
      slug: DEMO_SURVEY_SLUG,
      title: definition.title.en,
      status: "open",
      versions: {
        create: {
          version: 1,
          definition: JSON.stringify(definition),
          contentHash: definitionHash(definition),
        },
      },
    },
  });
  await writeSyntheticPanel({
    surveySlug: DEMO_SURVEY_SLUG,
    n: DEMO_PANEL_SIZE,
    seed: DEMO_PANEL_SEED,
    scenario: DEMO_PANEL_SCENARIO,
  });
  await ensureDemoResearcher(prisma); // only with a fresh demo, so a deleted demo account stays deleted
  await ensureDemoStudent(prisma);
  await ensureDemoMemberships(prisma, DEMO_SURVEY_SLUG);
  await publishDemoFinding(prisma, DEMO_SURVEY_SLUG);
  const study = await seedDemoStudy(prisma, definition);
  if (!study.ok) console.warn(`The demo panel study was left out: ${study.message}`);
  return true;
}

import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_RESEARCHER_EMAIL } from "../app/auth/researchers.server";
import { createStudy } from "../app/studies/studies.server";
import { addStudyWave } from "../app/studies/study-waves.server";
import { writeSyntheticStudy } from "../app/studies/synthetic-study.server";
import { publishWithinPersonFinding } from "../app/findings/within-person-finding.server";
import { definitionHash } from "../app/surveys/instrument-versions.server";
import { DEMO_PANEL_SCENARIO } from "../app/surveys/synthetic-panel.server";
import { instrumentDefinitionSchema, type InstrumentDefinition } from "../instrument/definition-schema";
import type { CodeElementId } from "../instrument/identification-code-elements";

export const DEMO_STUDY_SLUG = "support-work-panel-demo";
export const DEMO_WITHIN_PERSON_FINDING_SLUG = "within-person-change-demo";

/** Eight elements, the length the linkage was validated at (docs/validation.md, "Linkage of waves"). */
const DEMO_CODE: CodeElementId[] = [
  "mother_initial",
  "father_initial",
  "own_initial",
  "birth_month",
  "birth_day",
  "older_siblings",
  "school_town_initial",
  "birth_year_last_digit",
];
const DEMO_WAVES = [
  { slug: "support-work-panel-wave-1", plannedOn: "2026-03-02" },
  { slug: "support-work-panel-wave-2", plannedOn: "2026-09-01" },
];
const DEMO_STUDY_PANEL = { n: 800, seed: 2 };

/** A wave's definition: the demo survey's instrument with the code on a page of its own right after consent. */
export function demoWaveDefinition(base: InstrumentDefinition): InstrumentDefinition {
  const codePage = {
    id: "panel_code",
    title: { en: "Your panel code" },
    randomizeItems: false,
    items: [
      { id: "panel_code", type: "identificationCode", text: { en: "Your panel code" }, elements: DEMO_CODE },
    ],
  };
  const pages = [...base.pages.slice(0, 1), codePage, ...base.pages.slice(1)];
  return instrumentDefinitionSchema.parse({
    ...base,
    title: { ...base.title, en: `${base.title.en} (panel)` },
    pages,
  });
}

async function addDemoWaves(prisma: PrismaClient, researcherId: string, base: InstrumentDefinition) {
  const study = await prisma.study.findUniqueOrThrow({
    where: { slug: DEMO_STUDY_SLUG },
    select: { id: true, slug: true, title: true },
  });
  const definition = demoWaveDefinition(base);
  for (const [index, wave] of DEMO_WAVES.entries()) {
    const survey = await prisma.survey.create({
      data: {
        slug: wave.slug,
        title: `${definition.title.en}, wave ${index + 1}`,
        status: "closed",
        memberships: { create: { researcherId, role: "owner" } },
        versions: {
          create: {
            version: 1,
            definition: JSON.stringify(definition),
            contentHash: definitionHash(definition),
          },
        },
      },
      select: { id: true, slug: true, title: true },
    });
    const added = await addStudyWave(researcherId, study, survey, { plannedOn: wave.plannedOn });
    if (!added.ok) throw new Error(`seedDemoStudy: ${added.message}`);
  }
  return study;
}

/**
 * The demo's anonymous panel: a study of two waves six months apart, answered by the same synthetic people
 * (their codes drifting at published error rates and stored as keyed hashes, exactly as real ones), and a
 * published within-person finding, labelled synthetic. Needs a folder for the study's key: on PostgreSQL without
 * STUDY_KEYS_DIR it seeds nothing and says why.
 */
export async function seedDemoStudy(
  prisma: PrismaClient,
  base: InstrumentDefinition,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const researcher = await prisma.researcher.findUniqueOrThrow({
    where: { email: DEMO_RESEARCHER_EMAIL },
    select: { id: true },
  });
  const created = await createStudy(researcher.id, {
    slug: DEMO_STUDY_SLUG,
    title: "Support work over time (synthetic demo panel)",
  });
  if (!created.ok) return { ok: false, message: created.message };
  const study = await addDemoWaves(prisma, researcher.id, base);
  await writeSyntheticStudy({ studySlug: study.slug, ...DEMO_STUDY_PANEL, scenario: DEMO_PANEL_SCENARIO });
  const published = await publishWithinPersonFinding(
    researcher.id,
    study.id,
    { earlier: DEMO_WAVES[0]!.slug, later: DEMO_WAVES[1]!.slug },
    {
      findingSlug: DEMO_WITHIN_PERSON_FINDING_SLUG,
      title: "Change within the same people over six months (synthetic demo panel)",
      summary:
        "Synthetic data: two waves of an anonymous panel, linked by a self-generated code, show how burnout changed within the same people by institutional support.",
      narrative: demoStudyNarrative(),
    },
    () => Promise.resolve(true),
  );
  if (!published.ok) throw new Error(`seedDemoStudy: ${published.message}`);
  return { ok: true };
}

function demoStudyNarrative(): string {
  return [
    "**These respondents are synthetic.** The platform generated them to show what a two-wave anonymous panel reports; no practitioner answered.",
    "",
    "Each wave asked the same eight questions whose answers make up a personal code (the first letter of a parent's name, a birth month and the like). The answers were scrambled with the study's secret key before anything was stored, and the two waves were linked by the scrambled codes alone: nobody, the research team included, can tell who a respondent is.",
    "",
    "A cross-sectional survey compares different people at different tenures; this finding follows the same people. The charts show how much each burnout scale changed between the waves, adjusted for where people started, among those with little, some and much institutional support at wave 1.",
  ].join("\n");
}

// A new version of a study's wave must keep the wave's identification code (decision 060): refused where a
// pending version is staged and again where it is confirmed, with a message, changing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createResearcher } from "~/auth/researchers.server";
import { prisma } from "~/db.server";
import { confirmPendingVersion, stagePendingVersion } from "~/lab/pending-version.server";
import { waveVersionRefusal } from "~/studies/wave-version-check.server";
import { definitionHash } from "~/surveys/instrument-versions.server";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { miniInstrument, miniInstrumentInput } from "../fixtures/mini-instrument";
import { STUDY_CODE, waveDefinition } from "../fixtures/wave-instrument";
import { createWaveSurvey } from "../support/wave-surveys";

let researcherId: string;
let studyId: string;

beforeAll(async () => {
  researcherId = (await createResearcher({ email: "waves@example.org", password: "correct horse battery" }))
    .id;
  studyId = (await prisma.study.create({ data: { slug: "versions-panel", title: "Versions panel" } })).id;
});

/** The survey as wave 1 of a study of its own, titled "Versions panel". */
async function waveOfStudy(slug: string) {
  const studyId = (await prisma.study.create({ data: { slug: `study-${slug}`, title: "Versions panel" } }))
    .id;
  const survey = await createWaveSurvey({ slug, elements: STUDY_CODE, ownerIds: [researcherId] });
  await prisma.studyWave.create({
    data: { studyId, surveyId: survey.id, waveNumber: 1, plannedOn: "2027-01-01" },
  });
  return survey;
}

const KEEP_CODE = `This survey is wave 1 of the study "Versions panel": a new version must keep its identification-code item (${STUDY_CODE.join(", ")}), or its answers could not be linked to the other waves.`;

describe("a new version of a wave", () => {
  it("is refused at upload when it drops the code item, and nothing is staged or audited", async () => {
    const survey = await waveOfStudy("wave-upload");
    const events = await prisma.auditEvent.count();
    const outcome = await stagePendingVersion(researcherId, survey, JSON.stringify(miniInstrumentInput));
    expect(outcome).toEqual({ ok: false, problems: [{ path: "(identification code)", message: KEEP_CODE }] });
    expect(await prisma.pendingInstrumentVersion.count({ where: { surveyId: survey.id } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("is refused when it changes the elements, naming them; the same code in the same order passes", async () => {
    const survey = await waveOfStudy("wave-elements");
    const changed = waveDefinition([
      ...STUDY_CODE.slice(0, 5),
      "birth_day",
    ]) as unknown as InstrumentDefinition;
    expect(await waveVersionRefusal(survey.id, changed)).toBe(
      `This survey is wave 1 of the study "Versions panel": a new version must ask the same identification-code elements in the same order, or its answers could not be linked to the other waves. The wave's identification code is ${STUDY_CODE.join(", ")}; it does not ask street_initial; it asks birth_day, which the study does not.`,
    );
    const same = waveDefinition(STUDY_CODE) as unknown as InstrumentDefinition;
    expect(await waveVersionRefusal(survey.id, same)).toBeNull();
  });

  it("of a survey in no study is not checked", async () => {
    const survey = await createWaveSurvey({
      slug: "no-study",
      elements: STUDY_CODE,
      ownerIds: [researcherId],
    });
    expect(await waveVersionRefusal(survey.id, miniInstrument)).toBeNull();
  });

  it("staged before the survey became a wave is refused at confirmation, and no version is added", async () => {
    const survey = await createWaveSurvey({
      slug: "wave-confirm",
      elements: STUDY_CODE,
      ownerIds: [researcherId],
    });
    const contentHash = definitionHash(miniInstrument);
    const pending = await prisma.pendingInstrumentVersion.create({
      data: { surveyId: survey.id, definition: JSON.stringify(miniInstrument), contentHash },
    });
    await prisma.studyWave.create({
      data: { studyId, surveyId: survey.id, waveNumber: 2, plannedOn: "2027-06-01" },
    });
    const outcome = await confirmPendingVersion(researcherId, survey, { pendingId: pending.id, contentHash });
    expect(outcome).toEqual({ ok: false, message: KEEP_CODE.replace("wave 1", "wave 2") });
    expect(await prisma.instrumentVersion.count({ where: { surveyId: survey.id } })).toBe(1);
    expect(await prisma.pendingInstrumentVersion.count({ where: { surveyId: survey.id } })).toBe(1);
  });
});

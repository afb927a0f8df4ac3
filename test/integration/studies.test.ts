// Studies and their waves through the domain functions (decision 060): creation with its key, every refusal
// with its message and nothing changed, and the counts the study page shows.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const keysDirectory = await vi.hoisted(async () => {
  // Before the app reads its environment: every default key path of this file lands in a folder of its own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  const directory = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
  process.env.STUDY_KEYS_DIR = directory;
  return directory;
});

import { createResearcher } from "~/auth/researchers.server";
import { prisma } from "~/db.server";
import { createStudy, listStudies } from "~/studies/studies.server";
import { studyDetail } from "~/studies/study-detail.server";
import { addStudyWave, NO_CODE_ITEM } from "~/studies/study-waves.server";
import { readEnvironment } from "../../server/environment.js";
import { STUDY_CODE } from "../fixtures/wave-instrument";
import { addResponses, createWaveSurvey } from "../support/wave-surveys";

let adminId: string;
let studyCounter = 0;

beforeAll(async () => {
  adminId = (
    await createResearcher({ email: "studies-admin@example.org", password: "correct horse battery" })
  ).id;
  await prisma.researcher.update({ where: { id: adminId }, data: { isAdmin: true } });
});

const admin = () => ({ researcherId: adminId, isAdmin: true });

async function newStudy() {
  studyCounter += 1;
  const slug = `panel-${studyCounter}`;
  const created = await createStudy(adminId, { slug, title: `Panel ${studyCounter}` });
  if (!created.ok) throw new Error(created.message);
  const study = await prisma.study.findUniqueOrThrow({
    where: { slug },
    select: { id: true, slug: true, title: true },
  });
  return study;
}

const waveSurvey = (slug: string, elements: readonly string[] | null = STUDY_CODE) =>
  createWaveSurvey({ slug, elements, ownerIds: [adminId] });

/** Everything a refusal must leave as it was. */
async function snapshot() {
  const [waves, studies, events] = await Promise.all([
    prisma.studyWave.findMany({ orderBy: { id: "asc" } }),
    prisma.study.count(),
    prisma.auditEvent.count(),
  ]);
  return { waves, studies, events };
}

describe("creating a study", () => {
  it("creates the study and its key file, and writes the audit trail", async () => {
    const outcome = await createStudy(adminId, { slug: "burnout-panel", title: "Burnout panel" });
    expect(outcome).toEqual({ ok: true, slug: "burnout-panel" });
    const study = await prisma.study.findUniqueOrThrow({ where: { slug: "burnout-panel" } });
    expect(existsSync(path.join(keysDirectory, `${study.id}.key`))).toBe(true);
    const event = await prisma.auditEvent.findFirst({ where: { action: "study-created" } });
    expect(event).toMatchObject({
      researcherId: adminId,
      target: "study:burnout-panel",
      detail: "Burnout panel",
    });
  });

  it("refuses a slug already used, on the slug field", async () => {
    await createStudy(adminId, { slug: "taken-study", title: "First" });
    const before = await snapshot();
    const outcome = await createStudy(adminId, { slug: "taken-study", title: "Second" });
    expect(outcome).toEqual({
      ok: false,
      field: "slug",
      message: "A study with this address already exists. Choose another.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("creates nothing on PostgreSQL without STUDY_KEYS_DIR, and says why", async () => {
    const postgres = readEnvironment({
      DATABASE_URL: "postgresql://ns@127.0.0.1:5432/ns",
      SESSION_SECRET: "x".repeat(32),
    });
    const before = await snapshot();
    const outcome = await createStudy(adminId, { slug: "no-key-folder", title: "No key" }, postgres);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^The study was not created\. Panel studies need STUDY_KEYS_DIR set/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("creates nothing when the key cannot be written, and says why", async () => {
    const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), "keys-file-")), "plain-file");
    writeFileSync(notAFolder, "not a folder");
    const before = await snapshot();
    const outcome = await createStudy(
      adminId,
      { slug: "unwritable-key", title: "Unwritable" },
      readEnvironment({ STUDY_KEYS_DIR: notAFolder }),
    );
    expect(!outcome.ok && outcome.message).toMatch(
      /^The study was not created: its linking key could not be written\./,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("adding waves", () => {
  it("numbers waves 1, 2 in order and audits each in its survey's trail", async () => {
    const study = await newStudy();
    const first = await waveSurvey("wave-one");
    const second = await waveSurvey("wave-two");
    expect(
      await addStudyWave(adminId, study, { ...first, title: "One" }, { plannedOn: "2027-01-10" }),
    ).toEqual({
      ok: true,
      waveNumber: 1,
    });
    // The same day as the previous wave is allowed: "not earlier".
    expect(
      await addStudyWave(adminId, study, { ...second, title: "Two" }, { plannedOn: "2027-01-10" }),
    ).toEqual({
      ok: true,
      waveNumber: 2,
    });
    const event = await prisma.auditEvent.findFirst({
      where: { action: "study-wave-added", surveyId: second.id },
    });
    expect(event).toMatchObject({
      target: "survey:wave-two",
      detail: `wave 2 of study:${study.slug}, planned 2027-01-10`,
    });
  });

  it.each([
    {
      what: "a survey without an identification-code item",
      elements: null,
      field: "surveySlug",
      message: NO_CODE_ITEM("Candidate"),
    },
    {
      what: "other elements than wave 1's",
      elements: [...STUDY_CODE.slice(0, 5), "own_initial"],
      field: "surveySlug",
      message:
        '"Candidate" cannot be a wave of this study. The study\'s identification code is mother_initial, birth_month, older_siblings, school_town_initial, birth_year_last_digit, street_initial; it does not ask street_initial; it asks own_initial, which the study does not.',
    },
    {
      what: "wave 1's elements in another order",
      elements: [STUDY_CODE[1], STUDY_CODE[0], ...STUDY_CODE.slice(2)],
      field: "surveySlug",
      message: expect.stringContaining(
        "it asks the same elements in another order (birth_month, mother_initial, older_siblings,",
      ),
    },
  ])("refuses $what, naming why, and changes nothing", async ({ elements, field, message }) => {
    const study = await newStudy();
    const first = await waveSurvey(`first-of-${study.slug}`);
    await addStudyWave(adminId, study, { ...first, title: "First" }, { plannedOn: "2027-01-01" });
    const candidate = await waveSurvey(`candidate-of-${study.slug}`, elements);
    const before = await snapshot();
    const outcome = await addStudyWave(
      adminId,
      study,
      { ...candidate, title: "Candidate" },
      { plannedOn: "2027-06-01" },
    );
    expect(outcome).toEqual({ ok: false, field, message });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a survey that is already a wave of a study, naming the study", async () => {
    const [study, other] = [await newStudy(), await newStudy()];
    const survey = await waveSurvey(`shared-${study.slug}`);
    await addStudyWave(adminId, other, { ...survey, title: "Shared" }, { plannedOn: "2027-01-01" });
    const before = await snapshot();
    const outcome = await addStudyWave(
      adminId,
      study,
      { ...survey, title: "Shared" },
      { plannedOn: "2027-01-01" },
    );
    expect(outcome).toEqual({
      ok: false,
      field: "surveySlug",
      message: `"Shared" is already wave 1 of the study "${other.title}": a survey can be a wave of only one study.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a planned day before the previous wave's, on the date field", async () => {
    const study = await newStudy();
    const first = await waveSurvey(`early-1-${study.slug}`);
    const second = await waveSurvey(`early-2-${study.slug}`);
    await addStudyWave(adminId, study, { ...first, title: "First" }, { plannedOn: "2027-03-01" });
    const before = await snapshot();
    const outcome = await addStudyWave(
      adminId,
      study,
      { ...second, title: "Second" },
      { plannedOn: "2027-02-28" },
    );
    expect(outcome).toEqual({
      ok: false,
      field: "plannedOn",
      message: "Wave 1 is planned for 2027-03-01; a later wave cannot start before it.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every wave while the study's key is missing, with the key's message", async () => {
    const study = await newStudy();
    rmSync(path.join(keysDirectory, `${study.id}.key`));
    const survey = await waveSurvey(`keyless-${study.slug}`);
    const before = await snapshot();
    const outcome = await addStudyWave(
      adminId,
      study,
      { ...survey, title: "Keyless" },
      { plannedOn: "2027-01-01" },
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.field).toBeNull();
    expect(!outcome.ok && outcome.message).toMatch(
      /^No wave can be added: The study's linking key is missing/,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("a study's page and the list", () => {
  it("counts complete and partial responses per wave, synthetic ones apart, and shows the key's status", async () => {
    const study = await newStudy();
    const first = await waveSurvey(`counted-1-${study.slug}`);
    const second = await waveSurvey(`counted-2-${study.slug}`);
    await addStudyWave(adminId, study, { ...first, title: "First" }, { plannedOn: "2027-01-01" });
    await addStudyWave(adminId, study, { ...second, title: "Second" }, { plannedOn: "2027-07-01" });
    await addResponses(first.versionId, 3, { completion: "complete" });
    await addResponses(first.versionId, 1, { completion: "partial" });
    await addResponses(first.versionId, 2, { completion: "complete", isSynthetic: true });
    await addResponses(second.versionId, 1, { completion: "complete" });

    const detail = await studyDetail(admin(), study.slug);
    expect(detail?.key).toEqual({ present: true });
    expect(
      detail?.waves.map((wave) => [
        wave.waveNumber,
        wave.plannedOn,
        wave.survey?.slug,
        wave.survey?.liveVersion,
      ]),
    ).toEqual([
      [1, "2027-01-01", first.slug, 1],
      [2, "2027-07-01", second.slug, 1],
    ]);
    expect(detail?.waves[0]?.survey?.responses).toEqual({ complete: 3, partial: 1 });
    expect(detail?.waves[0]?.survey?.syntheticResponses).toEqual({ complete: 2, partial: 0 });
    expect(detail?.waves[1]?.survey?.responses).toEqual({ complete: 1, partial: 0 });

    const row = (await listStudies(admin())).find((listed) => listed.slug === study.slug);
    expect(row).toEqual({
      slug: study.slug,
      title: study.title,
      waves: 2,
      responses: 4,
      syntheticResponses: 2,
    });

    rmSync(path.join(keysDirectory, `${study.id}.key`));
    const keyless = await studyDetail(admin(), study.slug);
    expect(keyless?.key.present).toBe(false);
    expect(keyless?.key.present === false && keyless.key.message).toContain(
      "The study's linking key is missing",
    );
  });

  it("is hidden from a researcher who is no administrator and in none of its surveys; wave surveys stay unnamed to non-members", async () => {
    const study = await newStudy();
    const survey = await waveSurvey(`hidden-${study.slug}`);
    await addStudyWave(adminId, study, { ...survey, title: "Hidden" }, { plannedOn: "2027-01-01" });
    const outsider = await createResearcher({
      email: "outsider@example.org",
      password: "correct horse battery",
    });
    const viewer = { researcherId: outsider.id, isAdmin: false };
    expect(await studyDetail(viewer, study.slug)).toBeNull();
    expect((await listStudies(viewer)).map((row) => row.slug)).not.toContain(study.slug);
    // An administrator outside the survey sees the study, not the survey (decision 039).
    const otherAdmin = await createResearcher({
      email: "other-admin@example.org",
      password: "correct horse battery",
    });
    const detail = await studyDetail({ researcherId: otherAdmin.id, isAdmin: true }, study.slug);
    expect(detail?.waves).toEqual([{ waveNumber: 1, plannedOn: "2027-01-01", survey: null }]);
  });
});

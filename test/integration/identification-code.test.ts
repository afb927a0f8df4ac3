import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Before any app module reads the environment: this file's study keys live in a folder of their own.
await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/code-page-keys-`);
});

import { prisma } from "~/db.server";
import { exportChoiceSchema } from "~/lab/export-choice";
import { loadExportData } from "~/lab/exports.server";
import { buildLinkedDataFile, LINKED_DATA_FILES } from "~/studies/linked-data-download.server";
import { createStudyKey, keyedElementHash } from "~/studies/study-keys.server";
import { codeElementsOf } from "~/studies/wave-code-elements";
import { waveLinkageRecords } from "~/studies/wave-linkage-records.server";
import type { LinkedWavePair } from "~/studies/wave-pair.server";
import { findSurveyBySlug } from "~/surveys/surveys.server";
import { linkWaves } from "../../analysis/linkage";
import { buildExportFile, EXPORT_FILES } from "../../exports";
import { codeInstrument } from "../fixtures/code-instrument";
import { MINI_PAGES, MINI_START } from "../support/mini-answers";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";
import { databaseProviderOf } from "../../server/database-url.js";

const SLUG = "panel-w1";
/** What the respondent types, and the spelling each is hashed in (null: "I don't know"). */
const TYPED: [string, string, string | null][] = [
  ["mother_initial", "é", "E"],
  ["father_initial", "", null],
  ["own_initial", "q", "Q"],
  ["birth_month", "7", "7"],
  ["birth_day", "23", "23"],
  ["older_siblings", "4", "4"],
  ["school_town_initial", "Ž", "Z"],
];
const CODE_FORM: [string, string][] = TYPED.map(([id, raw]) =>
  raw === "" ? [`panel_code.${id}.unknown`, "1"] : [`panel_code.${id}`, raw],
);

let key: Buffer;

async function panelWave(slug: string, withKey: boolean) {
  const { surveyId } = await createSurvey({ slug, definition: codeInstrument });
  const study = await prisma.study.create({ data: { slug: `study-${slug}`, title: "Panel" } });
  await prisma.studyWave.create({
    data: { studyId: study.id, surveyId, waveNumber: 1, plannedOn: "2026-12-01" },
  });
  if (!withKey) return null;
  const created = createStudyKey(study.id);
  if (!created.ok) throw new Error(created.message);
  return created.key;
}

/** Every unkeyed digest someone holding the database could try: of each answer, typed or normalised, and of the joined code. */
function unkeyedDigests(): string[] {
  const answers = TYPED.flatMap(([id, raw, value]) => [raw, value ?? "", `${id}\u0000${value}`]).filter(
    Boolean,
  );
  const joined = [
    TYPED.map(([, , value]) => value ?? "").join(""),
    TYPED.map(([, , value]) => value ?? "").join("|"),
  ];
  return [...answers, ...joined].flatMap((text) =>
    (["sha256", "sha1", "md5"] as const).map((algorithm) => createHash(algorithm).update(text).digest("hex")),
  );
}

beforeAll(async () => {
  key = (await panelWave(SLUG, true))!;
});

afterEach(() => vi.restoreAllMocks());

/**
 * What a copied database would hold: on SQLite the file itself, bytes of freed pages included; on PostgreSQL,
 * whose files the test cannot read, every row of every table as text.
 */
async function databaseContents(): Promise<Buffer> {
  const url = process.env.DATABASE_URL ?? "";
  if (databaseProviderOf(url) !== "postgresql") {
    await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return readFileSync(url.slice("file:".length));
  }
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()",
  );
  const rows = await Promise.all(
    tables.map(({ name }) =>
      prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`),
    ),
  );
  return Buffer.from(
    rows
      .flat()
      .map(({ row }) => row)
      .join("\n"),
  );
}

/**
 * The linked-data files (decision 061) of the one response linked with itself, built from the records the linkage
 * reads, keyed hashes and response id included: what reaches the files must hold neither.
 */
async function linkedDataFiles(surveyId: string): Promise<Record<string, string>> {
  const study = await prisma.study.findUniqueOrThrow({ where: { slug: `study-${SLUG}` } });
  const elements = codeElementsOf(codeInstrument)!;
  const read = await waveLinkageRecords(surveyId, codeInstrument, elements);
  const record = read.records[0]!;
  expect(record.code).toContain(keyedElementHash(key, "mother_initial", "E"));
  const linkage = linkWaves(read.records, read.records, { monthsBetween: 6 });
  const wave = (waveNumber: number, plannedOn: string) => ({
    surveyId,
    slug: SLUG,
    title: "Panel",
    waveNumber,
    plannedOn,
    studyId: study.id,
  });
  const pair: LinkedWavePair = {
    waves: [wave(1, "2026-12-01"), wave(2, "2027-06-01")],
    definitions: [codeInstrument, codeInstrument],
    records: [read, read],
    elementIds: elements,
    monthsBetween: 6,
    linkage: { ...linkage, links: [{ earlierId: record.id, laterId: record.id, weight: 20, posterior: 1 }] },
  };
  return Object.fromEntries(
    LINKED_DATA_FILES.map((file) => [
      file,
      String(buildLinkedDataFile(study, pair, file, "2026-12-01").body),
    ]),
  );
}

describe("a wave with an identification code", () => {
  it("keeps only keyed hashes, in the draft and then with the response, and shows 'Given' on the review", async () => {
    const browser = new RespondentBrowser();
    expect((await browser.post(`/s/${SLUG}/p/start`, MINI_START)).location).toBe(`/s/${SLUG}/p/code`);
    const refused = await browser.post(`/s/${SLUG}/p/code`, [
      ...CODE_FORM.slice(1),
      ["panel_code.mother_initial", "7"],
    ]);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.data)).toContain("Enter one letter.");
    expect((await browser.post(`/s/${SLUG}/p/code`, CODE_FORM)).location).toBe(`/s/${SLUG}/p/work`);

    const expected = Object.fromEntries(
      TYPED.map(([id, , value]) => [id, value === null ? null : keyedElementHash(key, id, value)]),
    );
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(JSON.parse(draft.identificationCode)).toEqual(expected);
    expect(draft.answers).not.toMatch(/panel_code|mother_initial/);

    for (const [page, entries] of MINI_PAGES.slice(1)) await browser.post(`/s/${SLUG}/p/${page}`, entries);
    const review = await browser.get(`/s/${SLUG}/review`);
    const entries = (
      review.data as { sections: { entries: { id: string; answer: string | null }[] }[] }
    ).sections
      .flatMap((section) => section.entries)
      .filter((entry) => entry.id.startsWith("panel_code."));
    expect(entries.map((entry) => entry.answer)).toEqual(
      TYPED.map(([, , value]) => (value === null ? "I don't know" : "Given")),
    );

    // "Change" shows the page with empty fields and says why.
    const again = await browser.get(`/s/${SLUG}/p/code?change=1`);
    const page = again.data as {
      values: Record<string, unknown>;
      page: { fields: { kind: string; earlierGiven?: boolean }[] };
    };
    expect(Object.keys(page.values).filter((name) => name.startsWith("panel_code"))).toEqual([]);
    expect(page.page.fields.find((field) => field.kind === "identificationCode")?.earlierGiven).toBe(true);

    expect((await browser.post(`/s/${SLUG}/review`)).location).toBe(`/s/${SLUG}/thanks`);
    const response = await prisma.response.findFirstOrThrow({ include: { identificationCode: true } });
    expect(JSON.parse(response.identificationCode?.elements ?? "{}")).toEqual(expected);
    expect(response.answers).not.toMatch(/panel_code|mother_initial/);
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("leaves no raw element and no unkeyed hash of one in the database file or any export", async () => {
    expect(await prisma.responseIdentificationCode.count()).toBe(1);
    const survey = (await findSurveyBySlug(SLUG))!;
    const data = (await loadExportData(survey, exportChoiceSchema.parse({ synthetic: "include" })))!;
    expect(data.responses).toHaveLength(1);
    const files = Object.fromEntries(
      EXPORT_FILES.map((file) => [
        file,
        String(buildExportFile(file, { ...data, coarsen: null, baseName: "panel" }).body),
      ]),
    );
    Object.assign(files, await linkedDataFiles(survey.id));
    expect(Object.keys(files)).toHaveLength(EXPORT_FILES.length + LINKED_DATA_FILES.length);
    expect(files["linked.csv"]!.split("\r\n")).toHaveLength(4); // header, two waves of the one person, end
    expect(files["linked.csv"]!.includes(data.responses[0]!.id)).toBe(false);
    const forbidden = [...unkeyedDigests(), TYPED.map(([, , value]) => value ?? "").join("")];
    for (const [file, text] of Object.entries(files)) {
      for (const digest of forbidden) expect(text.includes(digest), `${file} holds ${digest}`).toBe(false);
      // Nor the keyed hashes: they stay in the database, for the lab's linkage only.
      const keyed = keyedElementHash(key, "mother_initial", "E");
      expect(text.includes(keyed), `${file} holds a keyed hash`).toBe(false);
    }
    for (const file of ["responses.csv", "responses-labelled.csv"])
      expect(files[file]!.split("\n")[0]).not.toMatch(/panel_code|mother_initial|birth_day/);
    expect(files["codebook.md"]).toContain(
      "identification code: stored only as keyed hashes, not in any export",
    );
    for (const file of ["load.R", "load.sps", "load.do"])
      expect(files[file]).toContain("identification code: stored only as keyed hashes, not in any export");

    const bytes = await databaseContents();
    for (const digest of forbidden)
      expect(bytes.includes(Buffer.from(digest)), `database holds ${digest}`).toBe(false);
    expect(bytes.includes(Buffer.from(keyedElementHash(key, "mother_initial", "E")))).toBe(true);
  });

  it("refuses politely with 503, storing nothing, when the study's key is missing", async () => {
    await panelWave("panel-nokey", false);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const before = { drafts: await prisma.resumeDraft.count(), responses: await prisma.response.count() };
    const browser = new RespondentBrowser();
    expect((await browser.get("/s/panel-nokey/p/start")).location).toBe("/s/panel-nokey/unavailable");
    expect((await browser.post("/s/panel-nokey/p/start", MINI_START)).location).toBe(
      "/s/panel-nokey/unavailable",
    );
    const page = await browser.get("/s/panel-nokey/unavailable");
    expect(page.status).toBe(503);
    expect(JSON.stringify(page.data)).toContain("This survey cannot take answers at the moment");
    expect({ drafts: await prisma.resumeDraft.count(), responses: await prisma.response.count() }).toEqual(
      before,
    );
    expect(browser.cookies.size).toBe(0);
    const logged = warn.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toContain("linking key is missing");
  });

  it("refuses the same way when the survey is no wave of a study", async () => {
    await createSurvey({ slug: "code-alone", definition: codeInstrument });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const browser = new RespondentBrowser();
    expect((await browser.post("/s/code-alone/p/start", MINI_START)).location).toBe(
      "/s/code-alone/unavailable",
    );
    expect(warn.mock.calls.join(" ")).toContain("is not a wave of any study");
  });
});

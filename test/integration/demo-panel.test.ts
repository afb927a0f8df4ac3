import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseIsSqlite, prisma, SQLITE_BUSY_TIMEOUT_MS } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import {
  DEMO_PANEL_SIZE,
  SyntheticPanelRefusal,
  writeSyntheticPanel,
} from "~/surveys/synthetic-panel.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { DEMO_STUDY_SLUG, DEMO_WITHIN_PERSON_FINDING_SLUG } from "../../prisma/demo-study";
import { DEMO_SURVEY_SLUG, seedDemoIfEmpty } from "../../prisma/seed";
import { parseDemoPanelArgs } from "../../scripts/demo-panel-args";
import { createSurvey } from "../support/survey-fixtures";

const run = promisify(execFile);
const SLUG = "erosion";

beforeEach(async () => {
  await prisma.findingVersion.deleteMany();
  await prisma.finding.deleteMany();
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.studyWave.deleteMany();
  await prisma.study.deleteMany();
  await prisma.survey.deleteMany();
});

const createErosionSurvey = () => createSurvey({ slug: SLUG, definition: loadDefaultInstrument() });

async function addRealResponse(versionId: string) {
  await prisma.response.create({
    data: {
      instrumentVersionId: versionId,
      answers: "{}",
      completion: "complete",
      submittedOn: "2026-10-01",
    },
  });
}

/** Runs `npm run demo:panel` (the script itself, without npm's banner) against this file's database. */
async function demoPanel(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/demo-panel.ts", ...args],
      {
        env: { ...process.env, NODE_ENV: "test" },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("writeSyntheticPanel", () => {
  it("writes n complete responses flagged synthetic to the survey's latest instrument version", async () => {
    const { surveyId } = await createErosionSurvey();
    const changed = loadDefaultInstrument();
    changed.title.en = "Support Work and Erosion Survey (second version)";
    const latest = await addInstrumentVersion(surveyId, changed);

    const report = await writeSyntheticPanel({ surveySlug: SLUG, n: 300, seed: 4 });
    expect(report).toEqual({ surveySlug: SLUG, version: 2, written: 300, deleted: 0, realResponses: 0 });
    const rows = await prisma.response.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      expect(row).toMatchObject({
        instrumentVersionId: latest.id,
        isSynthetic: true,
        completion: "complete",
        language: "en",
      });
      expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.durationSeconds).toBeGreaterThan(0);
      expect(JSON.parse(row.answers)).toHaveProperty("years_support");
    }
  });

  it("refuses a survey with real responses unless told to mix, and then leaves the real ones alone", async () => {
    const { versionId } = await createErosionSurvey();
    await addRealResponse(versionId);
    const refusal = writeSyntheticPanel({ surveySlug: SLUG, n: 10, seed: 1 });
    await expect(refusal).rejects.toThrow(SyntheticPanelRefusal);
    await expect(refusal).rejects.toThrow('The survey "erosion" has 1 real responses');
    expect(await prisma.response.count()).toBe(1);

    const report = await writeSyntheticPanel({ surveySlug: SLUG, n: 10, seed: 1, mixWithReal: true });
    expect(report.realResponses).toBe(1);
    await writeSyntheticPanel({ surveySlug: SLUG, n: 5, seed: 2, mixWithReal: true, replace: true });
    expect(await prisma.response.count({ where: { isSynthetic: false } })).toBe(1);
    expect(await prisma.response.count({ where: { isSynthetic: true } })).toBe(5);
  });

  it("asks whether to replace or append when synthetic responses exist", async () => {
    await createErosionSurvey();
    await writeSyntheticPanel({ surveySlug: SLUG, n: 20, seed: 1 });
    await expect(writeSyntheticPanel({ surveySlug: SLUG, n: 20, seed: 1 })).rejects.toThrow(
      "Pass --replace to replace them or --append to add to them",
    );
    expect((await writeSyntheticPanel({ surveySlug: SLUG, n: 20, seed: 2, append: true })).deleted).toBe(0);
    expect(await prisma.response.count()).toBe(40);
    expect((await writeSyntheticPanel({ surveySlug: SLUG, n: 7, seed: 3, replace: true })).deleted).toBe(40);
    expect(await prisma.response.count()).toBe(7);
  });

  it("refuses an unknown survey and an instrument the model does not describe, writing nothing", async () => {
    await expect(writeSyntheticPanel({ surveySlug: "nope", n: 5, seed: 1 })).rejects.toThrow(
      'There is no survey with the slug "nope"',
    );
    await createSurvey({ slug: "mini" });
    await expect(writeSyntheticPanel({ surveySlug: "mini", n: 5, seed: 1 })).rejects.toThrow(
      "requires the Support Work and Erosion instrument",
    );
    expect(await prisma.response.count()).toBe(0);
  });

  it.skipIf(!databaseIsSqlite())(
    "SQLite: waits for another connection's write lock past the busy timeout, then writes every row",
    async () => {
      // As in CI: `npm run demo:panel` beside a busy server. An interactive Prisma transaction gave up after 5 s.
      await createErosionSurvey();
      const other = new Database((process.env.DATABASE_URL ?? "").slice("file:".length));
      other.exec("BEGIN IMMEDIATE");
      try {
        let finished = false;
        const writing = writeSyntheticPanel({ surveySlug: SLUG, n: 600, seed: 8 }).finally(
          () => (finished = true),
        );
        await new Promise((resolve) => setTimeout(resolve, SQLITE_BUSY_TIMEOUT_MS + 1000));
        expect(finished).toBe(false);
        other.exec("COMMIT");
        expect((await writing).written).toBe(600);
        expect(await prisma.response.count({ where: { isSynthetic: true } })).toBe(600);
      } finally {
        if (other.inTransaction) other.exec("ROLLBACK");
        other.close();
      }
    },
  );

  it.skipIf(databaseIsSqlite())(
    "PostgreSQL: waits for another connection's lock on the response table, then writes every row",
    async () => {
      // As the arrival-order maintenance does while it rewrites the table: no read or write of it gets through.
      await createErosionSurvey();
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      try {
        await other.query('BEGIN; LOCK TABLE "Response" IN ACCESS EXCLUSIVE MODE');
        let finished = false;
        const writing = writeSyntheticPanel({ surveySlug: SLUG, n: 600, seed: 8 }).finally(
          () => (finished = true),
        );
        // Longer than Prisma's interactive transactions wait, which is what failed beside a busy server.
        await new Promise((resolve) => setTimeout(resolve, SQLITE_BUSY_TIMEOUT_MS + 1000));
        expect(finished).toBe(false);
        await other.query("COMMIT");
        expect((await writing).written).toBe(600);
        expect(await prisma.response.count({ where: { isSynthetic: true } })).toBe(600);
      } finally {
        await other.query("ROLLBACK").catch(() => undefined);
        await other.end();
      }
    },
  );

  it("is part of the demo seed: a new demo database has the synthetic panel, and the panel study", async () => {
    expect(await seedDemoIfEmpty(prisma)).toBe(true);
    const demoSurvey = { instrumentVersion: { survey: { slug: DEMO_SURVEY_SLUG } } };
    expect(await prisma.response.count({ where: { ...demoSurvey, isSynthetic: true } })).toBe(
      DEMO_PANEL_SIZE,
    );
    expect(await prisma.response.count({ where: { isSynthetic: false } })).toBe(0);
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: DEMO_SURVEY_SLUG } })).status).toBe(
      "open",
    );
    // and the two-wave panel study with its within-person finding
    const study = await prisma.study.findUnique({
      where: { slug: DEMO_STUDY_SLUG },
      select: { waves: { select: { waveNumber: true } } },
    });
    expect(study?.waves.map((wave) => wave.waveNumber).sort()).toEqual([1, 2]);
    const finding = await prisma.finding.findUnique({
      where: { slug: DEMO_WITHIN_PERSON_FINDING_SLUG },
      select: { versions: { select: { isSynthetic: true } } },
    });
    expect(finding?.versions).toEqual([{ isSynthetic: true }]);
  });
});

describe("the demo:panel command line", () => {
  it("reads --n, --seed, --survey and the flags, and names the flag that is wrong", () => {
    expect(parseDemoPanelArgs(["--n", "800", "--seed", "1"])).toEqual({
      ok: true,
      request: {
        surveySlug: DEMO_SURVEY_SLUG,
        n: 800,
        seed: 1,
        replace: false,
        append: false,
        mixWithReal: false,
      },
    });
    expect(
      parseDemoPanelArgs(["--n", "5", "--seed", "0", "--survey", "x-1", "--replace", "--mix-with-real"]),
    ).toMatchObject({
      ok: true,
      request: { surveySlug: "x-1", replace: true, mixWithReal: true },
    });
    const message = (argv: string[]) => {
      const parsed = parseDemoPanelArgs(argv);
      return parsed.ok ? null : parsed.message;
    };
    expect(message(["--seed", "1"])).toBe("--n is required");
    expect(message(["--n", "many", "--seed", "1"])).toBe("--n must be a whole number");
    expect(message(["--n", "0", "--seed", "1"])).toBe("--n must be at least 1");
    expect(message([])).toBe("--n is required\n--seed is required");
    expect(message(["--n", "10", "--seed=-1"])).toBe("--seed must be a whole number");
    expect(message(["--n", "10", "--seed", "4294967296"])).toBe("--seed must be at most 4294967295");
    expect(message(["--n", "50001", "--seed", "1"])).toBe("--n must be at most 50000");
    expect(message(["--n", "10", "--seed", "1.5"])).toBe("--seed must be a whole number");
    expect(message(["--n", "10", "--seed", "1", "--survey", "Not A Slug"])).toMatch(
      /^--survey must be a survey slug/,
    );
    expect(message(["--n", "10", "--seed", "1", "--replace", "--append"])).toBe(
      "--replace and --append cannot be combined",
    );
    expect(message(["--n", "10", "--seed", "1", "--force"])).toMatch(/Unknown option '--force'/);
  });

  it("reads --scenario, and names every scenario there is for an unknown one", () => {
    expect(parseDemoPanelArgs(["--n", "800", "--seed", "1", "--scenario", "recovery"])).toMatchObject({
      ok: true,
      request: { n: 800, seed: 1, scenario: "recovery" },
    });
    const withoutScenario = parseDemoPanelArgs(["--n", "800", "--seed", "1"]);
    expect(withoutScenario.ok && "scenario" in withoutScenario.request).toBe(false);
    expect(parseDemoPanelArgs(["--n", "8", "--seed", "1", "--scenario", "survivors"])).toEqual({
      ok: false,
      message:
        '--scenario must be one of demo, null, null-support, planted, survivor, recovery, separate-latents (not "survivors")',
    });
  });

  it("writes the panel and says what it did; refuses bad arguments with the usage and exit code 2", async () => {
    await createErosionSurvey();
    const written = await demoPanel(["--n", "25", "--seed", "3", "--survey", SLUG]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      /^Wrote 25 synthetic responses \(seed 3\) to "erosion", instrument version 1, in [\d.]+ s\.$/m,
    );
    expect(await prisma.response.count({ where: { isSynthetic: true } })).toBe(25);

    const again = await demoPanel(["--n", "25", "--seed", "3", "--survey", SLUG]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already has 25 synthetic responses");

    const scenario = await demoPanel([
      "--n",
      "20",
      "--seed",
      "3",
      "--scenario",
      "null",
      "--survey",
      SLUG,
      "--append",
    ]);
    expect(scenario.code).toBe(0);
    expect(scenario.stdout).toMatch(/^Wrote 20 synthetic responses \(seed 3, scenario null\) to "erosion"/m);
    const unknown = await demoPanel(["--n", "20", "--seed", "3", "--scenario", "nul"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--scenario must be one of demo, null, null-support, planted");

    const bad = await demoPanel(["--n", "lots", "--seed", "3"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--n must be a whole number");
    expect(bad.stderr).toContain("Usage: npm run demo:panel");
    expect(await prisma.response.count()).toBe(45);
    // Six command-line processes, each starting tsx: 20 s was too little on a busy 2-core machine (CI, 2 Dec).
  }, 60_000);
});

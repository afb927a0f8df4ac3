// npm run db:backup and db:restore on PostgreSQL (docs/deploy.md, "Backups and restore"): the backup
// runs the arrival-order maintenance, then pg_dump, into a file only its owner can read, and prints the
// counts it reads back; restoring it into a new, empty database gives the app the same surveys,
// responses and answers; a database that is not empty is refused with one sentence.
// Runs in the "postgresql" vitest project only (vitest.config.ts): DATABASE_URL is a fresh database there.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { MINI_PAGES } from "../support/mini-answers";
import { freshEmptyDatabase, POSTGRES_SKIP_REASON, TEST_POSTGRES_URL } from "../support/postgres-database";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const folder = mkdtempSync(path.join(tmpdir(), "ns-pg-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs a script with tsx on `databaseUrl`, as an operator would with npm run. */
function runScript(script: string, databaseUrl: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", [script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function summaryOf(databaseUrl: string): unknown {
  const { status, stdout, stderr } = runScript("test/support/database-summary.ts", databaseUrl);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  return JSON.parse(stdout);
}

async function oneResponseAndOneDraft(): Promise<void> {
  await createSurvey();
  const finished = new RespondentBrowser();
  for (const [page, entries] of MINI_PAGES) await finished.post(`/s/mini/p/${page}`, entries);
  expect((await finished.post("/s/mini/review")).location).toBe("/s/mini/thanks");
  const [start] = MINI_PAGES;
  if (start) await new RespondentBrowser().post(`/s/mini/p/${start[0]}`, start[1]);
  expect([await prisma.response.count(), await prisma.resumeDraft.count()]).toEqual([1, 1]);
}

describe.skipIf(!TEST_POSTGRES_URL)(
  `db:backup, db:restore and db:maintain on PostgreSQL ${POSTGRES_SKIP_REASON}`,
  () => {
    it("backs up without arrival order, restores into an empty database only, and the app reads the same data", async () => {
      await oneResponseAndOneDraft();
      const source = process.env.DATABASE_URL ?? "";
      const file = path.join(folder, "backup.dump");

      const backup = runScript("scripts/db-backup.ts", source, file);
      expect(backup.stderr).toBe("");
      expect(backup.status).toBe(0);
      // Every row of the respondent tables rewritten first (here a response and a draft).
      const respondentRows = (
        await Promise.all([
          prisma.response.count(),
          prisma.resumeDraft.count(),
          prisma.invitationCode.count(),
          prisma.usedFirstPageView.count(),
        ])
      ).reduce((sum, count) => sum + count, 0);
      expect(respondentRows).toBe(2);
      expect(backup.stdout).toContain(`Removed arrival order from ${respondentRows} rows`);
      expect(backup.stdout).toContain(`Backed up to ${file}: 1 responses, 1 drafts, 1 surveys.`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(runScript("scripts/db-backup.ts", source, file).status).toBe(2); // never overwritten

      const target = await freshEmptyDatabase("restored");
      try {
        const restore = runScript("scripts/db-restore.ts", target.url, file);
        expect(restore.stderr).toBe("");
        expect(restore.status).toBe(0);
        expect(restore.stdout).toContain("1 responses, 1 drafts, 1 surveys.");
        const restored = summaryOf(target.url);
        expect(restored).toEqual(summaryOf(source));
        expect(restored).toMatchObject({ responses: 1, answers: [{ answers: { years: 4, role: 1 } }] });

        const again = runScript("scripts/db-restore.ts", target.url, file);
        expect(again.status).toBe(1);
        expect(again.stderr.trim()).toMatch(
          /^The database .+ is not empty: restore only into a new, empty database/,
        );
        expect(again.stderr.trim().split("\n")).toHaveLength(1);
      } finally {
        await target.drop();
      }
    }, 120_000);

    it("npm run db:maintain runs the maintenance once and reports it", async () => {
      const rows = await prisma.response.count();
      const maintain = runScript("scripts/db-maintain.ts", process.env.DATABASE_URL ?? "");
      expect(maintain.stderr).toBe("");
      expect(maintain.status).toBe(0);
      expect(maintain.stdout).toMatch(
        /^Rewrote \d+ rows of the respondent tables with one transaction id per table and clustered them by their random keys in \d+\.\d\d s\.\n$/,
      );
      expect(Number(/Rewrote (\d+)/.exec(maintain.stdout)?.[1])).toBeGreaterThanOrEqual(rows);
    }, 60_000);
  },
);

import Database from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  environment,
  modeOf,
  readOnlyFolderFor,
  run,
  runSetup,
  scratchFolder,
  STACK_TRACE,
} from "../support/start-up-processes";

// Each case starts real processes (tsx, Prisma's migrate, a seed of 800 responses): seconds alone,
// several times that while the rest of the suite shares the machine's two cores.
vi.setConfig({ testTimeout: 60_000 });

// The real set-up script (`npm run db:setup`, `npm run db:seed-demo`) in a temporary folder per
// case: what it creates, what it refuses, and with which sentence (docs/decisions/015).

const scratch = scratchFolder();
afterAll(() => scratch.remove());

let caseNumber = 0;
/** A data folder path (not created) and the DATABASE_URL naming a database inside it. */
function newCase() {
  const parent = path.join(scratch.root, `case-${++caseNumber}`);
  mkdirSync(parent, { mode: 0o755 });
  const folder = path.join(parent, "data");
  const file = path.join(folder, "negative-space.db");
  return { folder, file, url: `file:${file}` };
}

const production = (url: string) => environment({ NODE_ENV: "production", DATABASE_URL: url });
const local = (url: string) => environment({ DATABASE_URL: url });

function count(file: string, table: string, where = "1"): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Exactly one line on stderr, no stack trace anywhere, and no Prisma output (it never ran). */
function expectOneSentence(
  outcome: { code: number | null; stdout: string; stderr: string },
  pattern: RegExp,
) {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr.trim().split("\n")).toEqual([expect.stringMatching(pattern)]);
  expect(outcome.stdout + outcome.stderr).not.toMatch(STACK_TRACE);
  expect(outcome.stdout).not.toMatch(/prisma|migration/i);
}

describe("a production start (NODE_ENV=production)", () => {
  it("refuses a missing data folder with one sentence, and creates nothing", async () => {
    const { folder, url } = newCase();
    const outcome = await runSetup([], production(url));
    expectOneSentence(
      outcome,
      /^There is no data folder at .*\/data, so no database: .*npm run db:setup -- --init/,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it("refuses a missing database in an existing folder", async () => {
    const { folder, file, url } = newCase();
    mkdirSync(folder, { recursive: true });
    expectOneSentence(
      await runSetup([], production(url)),
      /^There is no database at .*negative-space\.db: .*--init/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it("creates an empty database with --init: folder 0700, file 0600, no demo researcher, no demo data", async () => {
    const { folder, file, url } = newCase();
    const outcome = await runSetup(["--init"], production(url));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`Created a new, empty database at ${file}`);
    expect(outcome.stdout).not.toMatch(/demo@|Seeded/);
    expect(modeOf(statSync(folder))).toBe("700");
    expect(modeOf(statSync(file))).toBe("600");
    expect([count(file, "Survey"), count(file, "Researcher"), count(file, "Response")]).toEqual([0, 0, 0]);
  });

  it("seeds the demo only when asked (`npm run db:seed-demo`), and a later start keeps it as it is", async () => {
    const { file, url } = newCase();
    expect((await runSetup(["--init"], production(url))).code).toBe(0);
    const seeded = await runSetup(["--demo"], production(url));
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/Seeded the DEMO: .*800 synthetic responses.*demo@negative-space\.example/);
    expect(count(file, "Researcher", "email = 'demo@negative-space.example'")).toBe(1);
    // the demo survey's panel of 800, and the panel study's two waves of 800 each
    expect(count(file, "Response", '"isSynthetic" = 1')).toBe(800 + 2 * 800);

    const again = await runSetup([], production(url));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("up to date; its data was kept");
    expect([count(file, "Survey"), count(file, "Response")]).toEqual([3, 2400]);
  });
});

describe("a local install (`npm start` runs db:setup without NODE_ENV)", () => {
  it("creates and seeds a brand-new machine's database, and says so loudly", async () => {
    const { folder, file, url } = newCase();
    const outcome = await runSetup([], local(url));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(
      `Created a new database at ${file}, because there was none and this is a local install`,
    );
    expect(outcome.stdout).toMatch(/Seeded the DEMO.*published in the README[\s\S]*--replace-demo/);
    expect(count(file, "Response", '"isSynthetic" = 1')).toBe(800 + 2 * 800);
    // The demo researcher owns the demo survey and the panel study's two waves; the demo student views the survey.
    expect(count(file, "Researcher")).toBe(2);
    expect(count(file, "SurveyMembership", "role = 'owner'")).toBe(3);
    // The panel study's linking key: in the data folder, outside the database, readable by its owner alone.
    expect(
      readdirSync(path.join(folder, "study-keys")).map((name) =>
        modeOf(statSync(path.join(folder, "study-keys", name))),
      ),
    ).toEqual(["600"]);
    expect(count(file, "SurveyMembership", "role = 'viewer'")).toBe(1);
    expect([modeOf(statSync(folder)), modeOf(statSync(file))]).toEqual(["700", "600"]);
  });

  it("narrows an existing database's files to 0600 and keeps their data", async () => {
    const { file, url } = newCase();
    expect((await runSetup(["--init"], local(url))).code).toBe(0);
    chmodSync(file, 0o644);
    const outcome = await runSetup([], local(url));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`Made ${file} readable by its owner only.`);
    expect(outcome.stdout).not.toContain("Seeded"); // not created now: no demo
    expect(modeOf(statSync(file))).toBe("600");
  });
});

describe("a store that cannot be used stops the set-up before Prisma runs", () => {
  it("read-only data folder", async () => {
    const { folder, url } = newCase();
    expect((await runSetup(["--init"], production(url))).code).toBe(0);
    const asUser = readOnlyFolderFor(folder);
    const outcome = await runSetup([], production(url), asUser);
    chmodSync(folder, 0o700);
    expectOneSentence(
      outcome,
      /^The database at .* is read-only \(this user cannot write its folder\): make the data folder/,
    );
  });

  it("in use by another process (a running server holds it open), without Prisma's SocketTimeout", async () => {
    const { file, url } = newCase();
    expect((await runSetup(["--init"], production(url))).code).toBe(0);
    const server = new Database(file);
    server.pragma("journal_mode = WAL");
    server.prepare("SELECT count(*) FROM Survey").get();
    try {
      expectOneSentence(
        await runSetup([], production(url)),
        /^The database at .* is in use by another process \(a running server, a backup or another set-up\): stop that process/,
      );
    } finally {
      server.close();
    }
  });
});

describe("database files stay the owner's alone", () => {
  it("SQLite gives -wal and -shm the database's 0600 whatever the umask, and a backup is 0600", async () => {
    const { folder, file, url } = newCase();
    expect((await runSetup(["--init"], production(url))).code).toBe(0);
    const previous = process.umask(0o022);
    try {
      const db = new Database(file);
      db.pragma("journal_mode = WAL");
      db.exec("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1)");
      expect([modeOf(statSync(`${file}-wal`)), modeOf(statSync(`${file}-shm`))]).toEqual(["600", "600"]);
      db.close();
    } finally {
      process.umask(previous);
    }
    const backup = path.join(folder, "copy.db");
    const outcome = await run(["--import", "tsx", "scripts/db-backup.ts", backup], production(url));
    expect(outcome.code).toBe(0);
    expect(modeOf(statSync(backup))).toBe("600");
  });
});

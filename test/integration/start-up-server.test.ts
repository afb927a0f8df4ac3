import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  environment,
  type Outcome,
  readOnlyFolderFor,
  run,
  runServer,
  runSetup,
  scratchFolder,
  STACK_TRACE,
} from "../support/start-up-processes";

// Each case starts real processes (tsx, Prisma's migrate, a seed of 800 responses): seconds alone,
// several times that while the rest of the suite shares the machine's two cores.
vi.setConfig({ testTimeout: 60_000 });

// `node server.js` on its own never creates a database: a store that is missing, read-only,
// locked or not migrated stops it before it listens, with one sentence (docs/decisions/015).
// (These refusals come before the build is loaded; the server starting on a good store, and
// /healthz over a store that dies later, are in test/e2e/start-up.spec.ts.)

const scratch = scratchFolder();
afterAll(() => scratch.remove());

/** A migrated, empty database, made once and copied per case. */
let template = "";
beforeAll(async () => {
  template = path.join(scratch.root, "template", "data", "negative-space.db");
  const setup = await runSetup(
    ["--init"],
    environment({ NODE_ENV: "production", DATABASE_URL: `file:${template}` }),
  );
  expect(setup.code).toBe(0);
}, 60_000);

let caseNumber = 0;
function newCase({ withDatabase }: { withDatabase: boolean }) {
  const folder = path.join(scratch.root, `case-${++caseNumber}`, "data");
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  const file = path.join(folder, "negative-space.db");
  if (withDatabase) copyFileSync(template, file); // the set-up closed it: no -wal left beside it
  return { folder, file, env: environment({ NODE_ENV: "production", DATABASE_URL: `file:${file}` }) };
}

function expectRefusal(outcome: Outcome, pattern: RegExp) {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).not.toContain("is running");
  expect(outcome.stderr.trim().split("\n")).toEqual([expect.stringMatching(pattern)]);
  expect(outcome.stderr).not.toMatch(STACK_TRACE);
}

describe("node server.js refuses a store it cannot use, before it listens", () => {
  it("a missing data folder, which it does not create", async () => {
    const folder = path.join(scratch.root, "nowhere", "data");
    const outcome = await runServer(
      environment({ NODE_ENV: "production", DATABASE_URL: `file:${folder}/x.db` }),
    );
    expectRefusal(
      outcome,
      /^There is no data folder at .*nowhere\/data, so no database: .*npm run db:setup -- --init/,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it("a missing database file, which it does not create", async () => {
    const { file, env } = newCase({ withDatabase: false });
    expectRefusal(await runServer(env), /^There is no database at .*negative-space\.db: restore it/);
    expect(existsSync(file)).toBe(false);
  });

  it("a database without the current migrations", async () => {
    const { file, env } = newCase({ withDatabase: false });
    writeFileSync(file, new Uint8Array(0));
    expectRefusal(await runServer(env), /lacks \d+ of this version's \d+ migrations: run `npm run db:setup`/);
  });

  it("a read-only data folder", async () => {
    const { folder, env } = newCase({ withDatabase: true });
    const outcome = await runServer(env, readOnlyFolderFor(folder));
    expectRefusal(outcome, /^The database at .* is read-only \(this user cannot write its folder\)/);
  });

  it("a database another process keeps locked", async () => {
    const { file, env } = newCase({ withDatabase: true });
    const holder = new Database(file);
    holder.pragma("journal_mode = WAL");
    holder.exec("BEGIN EXCLUSIVE");
    try {
      expectRefusal(
        await runServer(env),
        /^The database at .* is locked by another process .* did not let go within 5 s/,
      );
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });
});

// The environment is checked before anything else (server/environment.js): a bad value stops the server,
// and every command-line script, with one sentence naming the variable — whatever the store's state.
describe("a bad environment variable stops start-up with one sentence", () => {
  it.each([
    ["PORT", "eighty", /^PORT must be a port number from 0 to 65535 \(0: any free port\); it is "eighty"\.$/],
    [
      "WEB_CONCURRENCY",
      "lots",
      /^WEB_CONCURRENCY must be a number of worker processes from 1 to 64; it is "lots"\.$/,
    ],
    [
      "ARRIVAL_ORDER_MAINTENANCE_MINUTES",
      "0",
      /^ARRIVAL_ORDER_MAINTENANCE_MINUTES must be a number of minutes from 0\.1 to 60; it is "0"\.$/,
    ],
    [
      "DATABASE_URL",
      "postgres://ns:secret@db",
      /^DATABASE_URL names no database: end it with the database name, as in postgresql:\/\/user:password@host:5432\/database\.$/,
    ],
  ])("node server.js, %s=%s", async (name, value, sentence) => {
    const { env } = newCase({ withDatabase: true });
    expectRefusal(await runServer({ ...env, [name]: value }), sentence);
  });

  it("npm run db:setup, db:maintain and lab:add-researcher", async () => {
    const { env } = newCase({ withDatabase: true });
    const bad = { ...env, SESSION_SECRET: "too-short" };
    const sentence = /^SESSION_SECRET must be at least 32 characters long; it has 9\.$/;
    expectRefusal(await runSetup([], bad), sentence);
    expectRefusal(await run(["--import", "tsx", "scripts/db-maintain.ts"], bad), sentence);
    expectRefusal(
      await run(["--import", "tsx", "scripts/add-researcher.ts", "--email", "a@example.org"], bad),
      sentence,
    );
  });
});

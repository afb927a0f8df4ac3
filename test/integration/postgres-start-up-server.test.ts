import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  migratePostgresql,
  migrationsIn,
  POSTGRESQL_MIGRATIONS_FOLDER,
} from "../../server/postgres-migrations.js";
import {
  freshEmptyDatabase,
  freshMigratedDatabase,
  POSTGRES_SKIP_REASON,
  type TestDatabase,
  TEST_POSTGRES_URL,
} from "../support/postgres-database";
import { environment, type Outcome, run, runServer, STACK_TRACE } from "../support/start-up-processes";

// `node server.js` on PostgreSQL checks its store before it listens (server/postgres-store-check.js), as it
// does SQLite's (test/integration/start-up-server.test.ts): a problem stops it with one sentence. The
// track_commit_timestamp refusal is in test/unit/postgres-store-check.test.ts: that setting changes only
// with a restart of the whole PostgreSQL server, too slow to do here.

const databases: TestDatabase[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), "ns-pg-start-up-"));
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await Promise.all(databases.map((database) => database.drop()));
});

async function database(kind: "migrated" | "empty"): Promise<TestDatabase> {
  const made = kind === "migrated" ? await freshMigratedDatabase("start") : await freshEmptyDatabase("start");
  databases.push(made);
  return made;
}

const production = (url: string) => environment({ NODE_ENV: "production", DATABASE_URL: url });

function expectRefusal(outcome: Outcome, sentence: RegExp) {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).not.toContain("is running");
  expect(outcome.stderr.trim().split("\n")).toEqual([expect.stringMatching(sentence)]);
  expect(outcome.stderr).not.toMatch(STACK_TRACE);
}

describe.skipIf(!TEST_POSTGRES_URL)(
  `node server.js on PostgreSQL refuses to start, with one sentence ${POSTGRES_SKIP_REASON}`,
  () => {
    it("a server that cannot be reached (nothing listens on the port), without repeating the password", async () => {
      const outcome = await runServer(production("postgresql://ns:hunter2-secret@127.0.0.1:3369/ns"));
      expectRefusal(
        outcome,
        /^The PostgreSQL server at 127\.0\.0\.1:3369 cannot be reached \(.+\): start it, or correct DATABASE_URL\.$/,
      );
      expect(outcome.stderr).not.toContain("hunter2");
    });

    it("a database one migration behind this version (migrated from a copy of the folder without the last)", async () => {
      const behind = await database("empty");
      const folder = path.join(scratch, "migrations");
      cpSync(POSTGRESQL_MIGRATIONS_FOLDER, folder, { recursive: true });
      const last = migrationsIn().at(-1)?.name ?? "";
      rmSync(path.join(folder, last), { recursive: true });
      const { applied } = await migratePostgresql(behind.url, folder);
      expect(applied).toHaveLength(migrationsIn().length - 1);
      expectRefusal(
        await runServer(production(behind.url)),
        /^The database 127\.0\.0\.1:\d+\/ns_start_\w+ lacks 1 of this version's migrations: run `npm run db:setup` before starting the server\.$/,
      );
    });

    it("no SESSION_SECRET: every instance must share one, so none is made up", async () => {
      const migrated = await database("migrated");
      const { SESSION_SECRET: _none, ...withoutSecret } = production(migrated.url);
      expectRefusal(
        await run(["server.js"], { ...withoutSecret, PORT: "0" }),
        /^SESSION_SECRET must be set when DATABASE_URL names PostgreSQL, the same on every instance\.$/,
      );
    });
  },
);

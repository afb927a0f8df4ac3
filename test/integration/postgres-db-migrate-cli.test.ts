// `npm run db:migrate` on a PostgreSQL URL (scripts/db-migrate.ts): migrates, is a no-op the second time,
// and stops with one sentence and exit code 1 when the server cannot be reached.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsIn } from "../../server/postgres-migrations.js";
import {
  freshEmptyDatabase,
  POSTGRES_SKIP_REASON,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from "../support/postgres-database";

function dbMigrate(url: string) {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!TEST_POSTGRES_URL)(
  `npm run db:migrate on PostgreSQL ${POSTGRES_SKIP_REASON}`,
  { timeout: 60_000 },
  () => {
    let database: TestDatabase | undefined;
    afterAll(() => database?.drop());

    it("applies every migration, then finds nothing to do", async () => {
      database = await freshEmptyDatabase("cli");
      const first = dbMigrate(database.url);
      expect(first).toMatchObject({ status: 0, stderr: "" });
      expect(first.stdout.match(/^Applied \d{14}_\w+\.$/gm)).toHaveLength(migrationsIn().length);
      const second = dbMigrate(database.url);
      expect(second).toEqual({
        status: 0,
        stdout: "The PostgreSQL database was already at the latest migration; nothing was changed.\n",
        stderr: "",
      });
    });

    it("an unreachable server stops it with one sentence that keeps the password to itself", () => {
      const run = dbMigrate("postgresql://ns:hunter2@127.0.0.1:1/ns");
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        "The PostgreSQL server at 127.0.0.1:1 cannot be reached (ECONNREFUSED): start it, or correct DATABASE_URL.\n",
      );
    });
  },
);

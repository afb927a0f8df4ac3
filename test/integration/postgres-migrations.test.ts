// The PostgreSQL migration history (docs/decisions/044): it builds exactly what the generated schema
// declares, applies each migration whole or not at all, is a no-op the second time, and tells a
// database at an older migration apart from a current one.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  migratePostgresql,
  migrationsIn,
  migrationStatus,
  pendingMigrations,
  POSTGRESQL_MIGRATIONS_FOLDER,
} from "../../server/postgres-migrations.js";
import {
  freshEmptyDatabase,
  freshMigratedDatabase,
  POSTGRES_SKIP_REASON,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from "../support/postgres-database";
import { shapeOfPostgres } from "../support/postgres-shape";

const created: TestDatabase[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const database of created) await database.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}, 60_000);

async function emptyDatabase() {
  const database = await freshEmptyDatabase();
  created.push(database);
  return database;
}

/** A copy of the PostgreSQL history holding only its first `count` migrations, plus `extra` ones. */
function historyFolder(count: number, extra: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), "ns-pg-history-"));
  folders.push(folder);
  for (const { name } of migrationsIn().slice(0, count))
    cpSync(path.join(POSTGRESQL_MIGRATIONS_FOLDER, name), path.join(folder, name), { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(folder, name));
    writeFileSync(path.join(folder, name, "migration.sql"), sql);
  }
  return folder;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const ALL = migrationsIn().map((migration) => migration.name);

describe.skipIf(!TEST_POSTGRES_URL)(
  `PostgreSQL migrations ${POSTGRES_SKIP_REASON}`,
  { timeout: 60_000 },
  () => {
    it("applying every migration gives the tables, columns, indexes and keys the generated schema declares", async () => {
      const [fromMigrations, fromSchema] = [await emptyDatabase(), await emptyDatabase()];
      await migratePostgresql(fromMigrations.url);
      // Prisma's own diff, through the pg adapter that prisma.config.ts picks for a postgresql:// URL.
      const script = execFileSync(
        path.resolve("node_modules/.bin/prisma"),
        [
          "migrate",
          "diff",
          "--from-empty",
          "--to-schema-datamodel",
          "prisma/postgresql/schema.prisma",
          "--script",
        ],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, DATABASE_URL: fromSchema.url },
        },
      );
      await query(fromSchema.url, script);
      const expected = await shapeOfPostgres(fromSchema.url);
      expect(Object.keys(expected).length).toBeGreaterThan(15);
      expect(expected.Response?.columns).toContain("submittedOn text NOT NULL");
      expect(await shapeOfPostgres(fromMigrations.url)).toEqual(expected);
    });

    it("records each migration in _prisma_migrations as Prisma does: name, file checksum, finished, one step", async () => {
      const database = await emptyDatabase();
      await migratePostgresql(database.url);
      const rows = await query<{ migration_name: string; checksum: string; done: boolean; steps: number }>(
        database.url,
        `SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL AS "done",
              "applied_steps_count" AS "steps" FROM "_prisma_migrations" ORDER BY "migration_name"`,
      );
      expect(rows).toEqual(
        migrationsIn().map(({ name, checksum }) => ({
          migration_name: name,
          checksum,
          done: true,
          steps: 1,
        })),
      );
    });

    it("migrating a current database again changes nothing", async () => {
      const database = await freshMigratedDatabase("twice");
      created.push(database);
      const before = await shapeOfPostgres(database.url);
      const history = `SELECT "id", "checksum", "finished_at" FROM "_prisma_migrations" ORDER BY "id"`;
      const recorded = await query(database.url, history);
      expect(await migratePostgresql(database.url)).toEqual({ applied: [] });
      expect(await shapeOfPostgres(database.url)).toEqual(before);
      expect(await query(database.url, history)).toEqual(recorded);
      expect(await pendingMigrations(database.url)).toEqual([]);
    });

    it("tells a database at an older migration apart, then brings it up to date keeping its rows", async () => {
      const database = await emptyDatabase();
      const older = historyFolder(5);
      expect((await migratePostgresql(database.url, older)).applied).toEqual(ALL.slice(0, 5));
      await query(database.url, `INSERT INTO "Survey" ("id", "slug", "title") VALUES ('s1', 'kept', 'Kept')`);
      expect(await pendingMigrations(database.url)).toEqual(ALL.slice(5));
      expect((await migratePostgresql(database.url)).applied).toEqual(ALL.slice(5));
      expect(await pendingMigrations(database.url)).toEqual([]);
      expect(await query(database.url, `SELECT "slug", "requiresInvitation" FROM "Survey"`)).toEqual([
        { slug: "kept", requiresInvitation: false },
      ]);
    });

    it("a failing migration is rolled back whole: the database stays at the migration before it", async () => {
      const database = await emptyDatabase();
      const broken = historyFolder(2, {
        "20261125015000_broken": `CREATE TABLE "Half" ("id" TEXT);\nALTER TABLE "Response" ADD COLUMN "x" TEXT;\nSELECT 1/0;`,
      });
      await expect(migratePostgresql(database.url, broken)).rejects.toThrow(
        /^The migration 20261125015000_broken failed and was rolled back, so the database stays at the migration before it: division by zero\.$/,
      );
      expect(await query(database.url, `SELECT to_regclass('"Half"') AS "half"`)).toEqual([{ half: null }]);
      const columns = await query(
        database.url,
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'Response' AND column_name = 'x'`,
      );
      expect(columns).toEqual([]);
      const status = await migrationStatus(database.url, broken);
      expect(status).toMatchObject({
        applied: ALL.slice(0, 2),
        pending: ["20261125015000_broken"],
        failed: [],
      });
    });

    it("refuses to migrate a database that has a migration this release does not know", async () => {
      const database = await emptyDatabase();
      await migratePostgresql(
        database.url,
        historyFolder(1, { "29991231000000_from_the_future": "SELECT 1;" }),
      );
      await expect(migratePostgresql(database.url)).rejects.toThrow(
        /has the migration 29991231000000_from_the_future, which this version of Negative Space does not know/,
      );
      expect(await pendingMigrations(database.url)).toEqual(ALL.slice(1));
    });

    it("two runners at once apply each migration once", async () => {
      const database = await emptyDatabase();
      const results = await Promise.all([migratePostgresql(database.url), migratePostgresql(database.url)]);
      expect(results.map((result) => result.applied.length).sort()).toEqual([0, ALL.length]);
      const rows = await query<{ count: string }>(database.url, `SELECT count(*) FROM "_prisma_migrations"`);
      expect(rows).toEqual([{ count: String(ALL.length) }]);
    });
  },
);

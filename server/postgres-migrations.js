// Applies prisma/postgresql/migrations to a PostgreSQL database, and tells which are pending
// (docs/decisions/044-postgresql-schema-and-migrations.md). Prisma 6.19's `migrate deploy` cannot do it
// through the pg driver adapter: it reads `_prisma_migrations` with a query the adapter refuses (type
// `name`, id 19), and the adapter runs a migration by splitting it at every ";" (which breaks PL/pgSQL
// bodies) over a pool, outside any transaction. So this runner applies each folder in name order inside
// ONE transaction, recording it in `_prisma_migrations` exactly as Prisma does (same table, same sha-256
// checksum, same advisory lock), so a failed migration leaves the database at the previous one and
// Prisma's tooling still agrees about what is applied. Plain JavaScript: server.js may call it unbuilt.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import pg from "pg";

export const POSTGRESQL_MIGRATIONS_FOLDER = fileURLToPath(
  new URL("../prisma/postgresql/migrations", import.meta.url),
);

/** The advisory lock Prisma's schema engine takes while it migrates: two runners never overlap. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own DDL for its history table on PostgreSQL (schema engine 6.19). */
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** @typedef {{ name: string; sql: string; checksum: string }} Migration */
/**
 * @typedef {{ applied: string[]; pending: string[]; failed: string[]; unknown: string[]; modified: string[] }}
 *   MigrationStatus
 */

/** The checksum Prisma stores for a migration: sha-256 of the migration.sql bytes, in hex. */
export function migrationChecksum(/** @type {string | Buffer} */ sql) {
  return createHash("sha256").update(sql).digest("hex");
}

/**
 * The migrations in a folder, in the order Prisma applies them (folder names sorted).
 * @returns {Migration[]}
 */
export function migrationsIn(folder = POSTGRESQL_MIGRATIONS_FOLDER) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(folder, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    });
}

/**
 * @param {pg.ClientBase} client
 * @returns {Promise<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }[]>}
 */
async function historyOf(client) {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
  if (!exists.rows[0].exists) return [];
  const { rows } = await client.query(
    `SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AS "finished",
            "rolled_back_at" IS NOT NULL AS "rolled_back"
     FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`,
  );
  return rows;
}

/**
 * Compares a database's history with the folders on disk.
 * @param {pg.ClientBase} client
 * @param {Migration[]} migrations
 * @returns {Promise<MigrationStatus>}
 */
async function statusWith(client, migrations) {
  const history = (await historyOf(client)).filter((row) => !row.rolled_back);
  const done = new Map(
    history.filter((row) => row.finished).map((row) => [row.migration_name, row.checksum]),
  );
  const onDisk = new Set(migrations.map((migration) => migration.name));
  return {
    applied: migrations.filter((migration) => done.has(migration.name)).map((migration) => migration.name),
    pending: migrations.filter((migration) => !done.has(migration.name)).map((migration) => migration.name),
    failed: history.filter((row) => !row.finished).map((row) => row.migration_name),
    unknown: [...done.keys()].filter((name) => !onDisk.has(name)),
    modified: migrations
      .filter((migration) => done.has(migration.name) && done.get(migration.name) !== migration.checksum)
      .map((migration) => migration.name),
  };
}

/**
 * Why a connection failed, in one sentence that names the server but never the password.
 * @param {string} url
 * @param {unknown} error
 */
export function connectionProblem(url, error) {
  const { hostname, port, pathname } = new URL(url);
  const server = `${hostname || "the local socket"}:${port || 5432}`;
  const database = decodeURIComponent(pathname.slice(1));
  const code = /** @type {{ code?: string }} */ (error)?.code;
  if (code === "3D000")
    return `The PostgreSQL server at ${server} has no database "${database}": create it (createdb), or correct DATABASE_URL.`;
  if (code === "28P01" || code === "28000")
    return `The PostgreSQL server at ${server} refused the user or password in DATABASE_URL.`;
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return `The PostgreSQL server at ${server} cannot be reached (${reason}): start it, or correct DATABASE_URL.`;
}

/** @template T @param {string} url @param {(client: pg.Client) => Promise<T>} work */
async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(connectionProblem(url, error), { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Where a PostgreSQL database stands against the migrations on disk.
 * @param {string} url
 * @returns {Promise<MigrationStatus>}
 */
export function migrationStatus(url, folder = POSTGRESQL_MIGRATIONS_FOLDER) {
  return withClient(url, (client) => statusWith(client, migrationsIn(folder)));
}

/**
 * The names of the migrations not yet applied (empty: the database is current). For start-up: a
 * database at an older migration must be migrated (`npm run db:migrate`) before the app serves it.
 * @param {string} url
 */
export async function pendingMigrations(url, folder = POSTGRESQL_MIGRATIONS_FOLDER) {
  return (await migrationStatus(url, folder)).pending;
}

/**
 * One sentence on why the database must not be migrated as it stands, or null.
 * @param {MigrationStatus} status
 */
export function historyProblem(status) {
  if (status.failed.length > 0)
    return `The migration ${status.failed[0]} is recorded as started but never finished (by Prisma's own tool?): restore the database from a backup, or resolve it with \`prisma migrate resolve\`, before migrating.`;
  if (status.unknown.length > 0)
    return `The database has the migration ${status.unknown[0]}, which this version of Negative Space does not know: it belongs to a newer release; run that release.`;
  if (status.modified.length > 0)
    return `The applied migration ${status.modified[0]} differs from the file of that name: migration files must never change once released.`;
  return null;
}

/**
 * Applies one migration and records it, in one transaction: all of it or none of it.
 * @param {pg.ClientBase} client
 * @param {Migration} migration
 */
async function applyOne(client, migration) {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now())`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The migration ${migration.name} failed and was rolled back, so the database stays at the migration before it: ${reason}.`,
    );
  }
}

/**
 * Brings a PostgreSQL database to the latest migration. Safe to run from several instances at once
 * (they queue on Prisma's advisory lock); running it again is a no-op.
 * @param {string} url
 * @returns {Promise<{ applied: string[] }>} the migrations applied now, in order
 */
export function migratePostgresql(url, folder = POSTGRESQL_MIGRATIONS_FOLDER) {
  const migrations = migrationsIn(folder);
  return withClient(url, async (client) => {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
    try {
      await client.query(CREATE_HISTORY_TABLE);
      const status = await statusWith(client, migrations);
      const problem = historyProblem(status);
      if (problem) throw new Error(problem);
      const pending = migrations.filter((migration) => status.pending.includes(migration.name));
      for (const migration of pending) await applyOne(client, migration);
      return { applied: pending.map((migration) => migration.name) };
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`);
    }
  });
}

// The start-up check of a PostgreSQL store, as server/store-check.js is SQLite's: can the server be
// reached, does it let us in, is the schema current, and does it keep nothing the privacy rules forbid.
// Each problem comes as one sentence saying which and what to do; the URL's password is never repeated.
import { readdirSync } from "node:fs";
import pg from "pg";

/** @typedef {import("./data-store.js").StoreProblem} StoreProblem */

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ECONNRESET",
]);

/** "host:port/database" of a PostgreSQL URL, without user or password. @param {string} url */
export function postgresWhere(url) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/**
 * @param {string} url
 * @param {unknown} error
 * @returns {StoreProblem}
 */
function problemFromConnectionError(url, error) {
  const where = postgresWhere(url);
  const code = String(/** @type {{ code?: unknown }} */ (error)?.code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  if (UNREACHABLE.has(code) || /timeout/i.test(message))
    return {
      kind: "unreachable",
      sentence: `The PostgreSQL server at ${where} cannot be reached (${message}): start it, or correct the host and port in DATABASE_URL.`,
    };
  if (code === "28P01" || code === "28000")
    return {
      kind: "refused",
      sentence: `The PostgreSQL server at ${where} refused the connection (${message}): correct the user and password in DATABASE_URL.`,
    };
  if (code === "3D000")
    return {
      kind: "missing",
      sentence: `The database ${where} does not exist: create it (createdb), then run \`npm run db:setup\`.`,
    };
  return { kind: "damaged", sentence: `The database ${where} cannot be used (${message}).` };
}

/**
 * @param {pg.Client} client
 * @param {string} url
 * @param {string} migrationsFolder
 * @returns {Promise<StoreProblem | undefined>}
 */
async function findMissingMigrations(client, url, migrationsFolder) {
  const expected = readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const tracked = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
  const applied = new Set(
    tracked.rows[0]?.present
      ? (
          await client.query(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
        ).rows.map((row) => row.migration_name)
      : [],
  );
  const missing = expected.filter((name) => !applied.has(name));
  if (missing.length === 0) return undefined;
  return {
    kind: "not-migrated",
    sentence: `The database ${postgresWhere(url)} lacks ${missing.length} of this version's ${expected.length} migrations: run \`npm run db:setup\` before starting the server.`,
  };
}

/**
 * With track_commit_timestamp on, PostgreSQL keeps the time every transaction committed, readable for
 * each row: the exact time of every answer, which no table of ours may hold (docs/deploy.md).
 * @param {pg.Client} client
 * @param {string} url
 * @returns {Promise<StoreProblem | undefined>}
 */
async function findPrivacyProblem(client, url) {
  const { rows } = await client.query("SHOW track_commit_timestamp");
  if (rows[0]?.track_commit_timestamp !== "on") return undefined;
  return {
    kind: "privacy",
    sentence: `The PostgreSQL server of ${postgresWhere(url)} records when each transaction committed (track_commit_timestamp = on), which would keep the exact time of every answer: turn it off (docs/deploy.md).`,
  };
}

/**
 * @param {string} url a postgresql:// DATABASE_URL
 * @param {{ migrationsFolder?: string; timeoutMs?: number }} [options]
 * @returns {Promise<StoreProblem | undefined>}
 */
export async function findPostgresProblem(url, { migrationsFolder, timeoutMs = 5000 } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return problemFromConnectionError(url, error);
  }
  try {
    return (
      (await findPrivacyProblem(client, url)) ??
      (migrationsFolder ? await findMissingMigrations(client, url, migrationsFolder) : undefined)
    );
  } catch (error) {
    return problemFromConnectionError(url, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

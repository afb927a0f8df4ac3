// The start-up check of a PostgreSQL store, as server/store-check.js is SQLite's: can the server be
// reached and does it let us in, is the schema current (server/postgres-migrations.js), and does it
// keep nothing the privacy rules forbid. Each problem is one sentence saying what to do; the URL's
// password is never repeated.
import pg from "pg";
import { connectionProblem, historyProblem, migrationStatus } from "./postgres-migrations.js";

/** @typedef {import("./data-store.js").StoreProblem} StoreProblem */

/** "host:port/database" of a PostgreSQL URL, without user or password. @param {string} url */
export function postgresWhere(url) {
  const parsed = new URL(url);
  return `${parsed.hostname || "the local socket"}:${parsed.port || "5432"}${parsed.pathname}`;
}

/**
 * With track_commit_timestamp on, PostgreSQL keeps the time every transaction committed, readable for
 * each row: the exact time of every answer, which no table of ours may hold (docs/deploy.md).
 * @param {string} url
 * @returns {Promise<StoreProblem | undefined>}
 */
async function findPrivacyProblem(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query("SHOW track_commit_timestamp");
    if (rows[0]?.track_commit_timestamp !== "on") return undefined;
    return {
      kind: "privacy",
      sentence: `The PostgreSQL server of ${postgresWhere(url)} records when each transaction committed (track_commit_timestamp = on), which would keep the exact time of every answer: turn it off (docs/deploy.md).`,
    };
  } catch (error) {
    return { kind: "unreachable", sentence: connectionProblem(url, error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * @param {string} url a postgresql:// DATABASE_URL
 * @returns {Promise<StoreProblem | undefined>}
 */
export async function findPostgresProblem(url) {
  const privacy = await findPrivacyProblem(url);
  if (privacy) return privacy;
  let status;
  try {
    status = await migrationStatus(url);
  } catch (error) {
    return { kind: "damaged", sentence: error instanceof Error ? error.message : String(error) };
  }
  const history = historyProblem(status);
  if (history) return { kind: "damaged", sentence: history };
  if (status.pending.length === 0) return undefined;
  return {
    kind: "not-migrated",
    sentence: `The database ${postgresWhere(url)} lacks ${status.pending.length} of this version's migrations: run \`npm run db:setup\` before starting the server.`,
  };
}

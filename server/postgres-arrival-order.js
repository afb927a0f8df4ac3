// Removing arrival order from a PostgreSQL database (docs/deploy.md, "Arrival order on PostgreSQL"), the
// counterpart of server/arrival-order.js for SQLite. Two things in PostgreSQL say who answered before whom:
// - the heap keeps rows in the order they were inserted (ctid), whatever their random keys;
// - every row version carries the id of the transaction that wrote it (xmin), and transaction ids grow.
// Freezing keeps xmin readable, and CLUSTER copies it. So each run first rewrites every row in one
// transaction (one xmin for all), then CLUSTERs the table by its random primary key: afterwards neither
// the physical order nor the transaction ids follow arrival. Dead row versions go with the rewrite.
import pg from "pg";

/** The tables respondents write to, each keyed by a random value (app/database/sql.ts, insertUnordered). */
export const UNORDERED_TABLES = /** @type {const} */ ({
  Response: "id",
  ResumeDraft: "id",
  InvitationCode: "id",
  UsedFirstPageView: "viewDigest",
  ResponseIdentificationCode: "responseId",
});

/** @typedef {{ seconds: number; rows: number }} PostgresMaintenanceReport */

/**
 * @param {pg.ClientBase} client
 * @returns {Promise<PostgresMaintenanceReport>}
 */
export async function removeArrivalOrderFromPostgres(client) {
  const started = performance.now();
  let rows = 0;
  for (const [table, key] of Object.entries(UNORDERED_TABLES)) {
    // Setting the key to itself fires no foreign-key check (the key does not change) but writes a new
    // version of every row, all in this one transaction.
    const rewritten = await client.query(`UPDATE "${table}" SET "${key}" = "${key}"`);
    rows += rewritten.rowCount ?? 0;
    await client.query(`CLUSTER "${table}" USING "${table}_pkey"`);
  }
  return { seconds: (performance.now() - started) / 1000, rows };
}

/**
 * Rows inserted, updated or deleted in these tables so far, from the statistics PostgreSQL keeps (they
 * may lag a second or so behind commits).
 * @param {pg.ClientBase} client
 */
async function writesSoFar(client) {
  const { rows } = await client.query(
    "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint AS writes FROM pg_stat_user_tables WHERE relname = ANY($1)",
    [Object.keys(UNORDERED_TABLES)],
  );
  return BigInt(rows[0]?.writes ?? 0);
}

/**
 * Runs the maintenance every interval while anyone has written to these tables since the last run,
 * until the process exits; the PostgreSQL counterpart of server/arrival-order-schedule.js. Its own
 * rewrite counts as writes in the statistics, so the count it expects afterwards includes them.
 * @param {{ databaseUrl: string; intervalMs: number; onReport?: (report: PostgresMaintenanceReport) => void }} options
 */
export function startPostgresArrivalOrderMaintenance({ databaseUrl, intervalMs, onReport }) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    application_name: "negative-space maintenance",
  });
  /** @type {bigint | undefined} */
  let expectedWrites;
  let running = false;
  const runIfChanged = async () => {
    if (running) return;
    running = true;
    const client = await pool.connect().catch((error) => {
      console.error(
        `Arrival-order maintenance could not connect (retried in ${intervalMs / 1000} s): ${error.message}`,
      );
      return undefined;
    });
    try {
      if (!client) return;
      const before = await writesSoFar(client);
      if (expectedWrites !== undefined && before <= expectedWrites) return;
      const report = await removeArrivalOrderFromPostgres(client);
      expectedWrites = before + BigInt(report.rows);
      onReport?.(report);
    } catch (error) {
      console.error(
        `Arrival-order maintenance failed (retried in ${intervalMs / 1000} s): ${error instanceof Error ? error.message : error}`,
      );
    } finally {
      client?.release();
      running = false;
    }
  };
  const timer = setInterval(() => void runIfChanged(), Math.round(intervalMs));
  timer.unref();
  return {
    runNow: runIfChanged,
    async stop() {
      clearInterval(timer);
      await pool.end();
    },
  };
}

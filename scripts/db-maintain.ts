// npm run db:maintain
// Removes arrival order from the database now — what the server does by itself every
// ARRIVAL_ORDER_MAINTENANCE_MINUTES (default 5) when something was written (docs/security.md, "Arrival
// order"). On SQLite, VACUUM rewrites every table and index in key order (random ids, so no order at
// all), then the WAL is emptied: safe while the server runs, respondents' writes wait for it (2–6 s for
// 100,000 responses on a busy 2-core machine; docs/decisions/012); needs free disk space of about twice
// the database. On PostgreSQL, every respondent table is rewritten in one transaction each and CLUSTERed
// by its random key (server/postgres-arrival-order.js; docs/deploy.md, "Arrival order on PostgreSQL").
import { environment } from "./cli-environment";
import { existsSync } from "node:fs";
import pg from "pg";
import { databaseFileFromUrl, openForMaintenance, removeArrivalOrder } from "../server/arrival-order.js";
import { databaseProviderOf } from "../server/database-url.js";
import { removeArrivalOrderFromPostgres } from "../server/postgres-arrival-order.js";
import { connectionProblem } from "../server/postgres-migrations.js";

const failed = (error: unknown, outcome = "changed nothing") => {
  console.error(
    `The maintenance failed and ${outcome}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
};

function maintainSqlite(url: string): void {
  const file = databaseFileFromUrl(url);
  if (!existsSync(file)) {
    console.error(`There is no database at ${file}; check DATABASE_URL.`);
    process.exit(2);
  }
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  const connection = openForMaintenance(file);
  try {
    const { seconds, bytesBefore, bytesAfter, walEmptied } = removeArrivalOrder(connection);
    console.log(
      `Rewrote ${file} in key order in ${seconds.toFixed(2)} s (${megabytes(bytesBefore)} MB before, ${megabytes(bytesAfter)} MB after).`,
    );
    if (!walEmptied) {
      console.error("The WAL could not be emptied: a reader kept an old snapshot open. Run this again.");
      process.exitCode = 1;
    }
  } catch (error) {
    failed(error);
  } finally {
    connection.close();
  }
}

async function maintainPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    console.error(connectionProblem(url, error));
    process.exit(1);
  }
  try {
    const { rows, seconds } = await removeArrivalOrderFromPostgres(client);
    console.log(
      `Rewrote ${rows} rows of the respondent tables with one transaction id per table and clustered them by their random keys in ${seconds.toFixed(2)} s.`,
    );
  } catch (error) {
    failed(error, "left every answer as it was (run it again)");
  } finally {
    await client.end();
  }
}

if (databaseProviderOf(environment.DATABASE_URL) === "sqlite") maintainSqlite(environment.DATABASE_URL);
else await maintainPostgres(environment.DATABASE_URL);

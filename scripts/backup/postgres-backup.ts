// db:backup on PostgreSQL: the arrival-order maintenance first (pg_dump copies each table's rows in the
// order they lie in the heap, and the maintenance leaves them in random-key order), then pg_dump's custom
// format into a file only the owner can read, then the row counts read back from the dump itself.
import { chmodSync, rmSync } from "node:fs";
import pg from "pg";
import { removeArrivalOrderFromPostgres } from "../../server/postgres-arrival-order.js";
import { PRIVATE_FILE_MODE } from "../../server/data-store.js";
import { connectionProblem } from "../../server/postgres-migrations.js";
import { describeCounts, libpqConnection, postgresTool, rowCountsInDump, runTool } from "./postgres-tools";

export async function backUpPostgres(databaseUrl: string, destination: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect().catch((error: unknown) => {
    throw new Error(connectionProblem(databaseUrl, error));
  });
  let tools: { pgDump: string; pgRestore: string };
  try {
    const report = await removeArrivalOrderFromPostgres(client);
    console.log(`Removed arrival order from ${report.rows} rows in ${report.seconds.toFixed(2)} s.`);
    tools = {
      pgDump: await postgresTool(client, "pg_dump"),
      pgRestore: await postgresTool(client, "pg_restore"),
    };
  } finally {
    await client.end();
  }
  const { dbname, env } = libpqConnection(databaseUrl);
  try {
    runTool(tools.pgDump, ["--format=custom", `--file=${destination}`, `--dbname=${dbname}`], env);
    chmodSync(destination, PRIVATE_FILE_MODE);
    const counts = await rowCountsInDump(tools.pgRestore, destination);
    console.log(`Backed up to ${destination}: ${describeCounts(counts)}.`);
  } catch (error) {
    rmSync(destination, { force: true });
    throw error;
  }
}

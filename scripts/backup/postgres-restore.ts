// db:restore on PostgreSQL: a dump made by db:backup into the EMPTY database DATABASE_URL names, in one
// transaction (a failure leaves it empty), owned by DATABASE_URL's user. A database that already holds
// tables is refused: restoring over data would mix two histories.
import pg from "pg";
import { connectionProblem } from "../../server/postgres-migrations.js";
import { postgresWhere } from "../../server/postgres-store-check.js";
import { describeCounts, libpqConnection, postgresTool, runTool } from "./postgres-tools";

const USER_RELATIONS = `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`;

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect().catch((error: unknown) => {
    throw new Error(connectionProblem(databaseUrl, error));
  });
  return client;
}

async function rowCounts(client: pg.Client): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of ["Response", "ResumeDraft", "Survey"]) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts.set(table, rows[0]?.n ?? 0);
  }
  return counts;
}

export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query<{ n: number }>(USER_RELATIONS);
    if ((rows[0]?.n ?? 0) > 0)
      throw new Error(
        `The database ${postgresWhere(databaseUrl)} is not empty: restore only into a new, empty database (createdb), then point DATABASE_URL at it.`,
      );
    const pgRestore = await postgresTool(client, "pg_restore");
    const { dbname, env } = libpqConnection(databaseUrl);
    runTool(
      pgRestore,
      [
        "--exit-on-error",
        "--single-transaction",
        "--no-owner",
        "--no-privileges",
        `--dbname=${dbname}`,
        file,
      ],
      env,
    );
    console.log(
      `Restored ${file} into ${postgresWhere(databaseUrl)}: ${describeCounts(await rowCounts(client))}.`,
    );
  } finally {
    await client.end();
  }
}

// PostgreSQL databases for tests, on the server TEST_POSTGRES_URL names (a superuser on a throwaway
// cluster: scripts/ci/postgres-cluster.sh). A test file that needs one is wrapped in
// `describe.skipIf(!TEST_POSTGRES_URL)(\`… ${POSTGRES_SKIP_REASON}\`, …)`.
//
// Fast: the migrations run once per migration set, into a template database named after their
// fingerprint; each test database is then a `CREATE DATABASE … TEMPLATE` copy (tens of milliseconds).
// The template is built under another name and renamed when complete, under an advisory lock, so
// parallel test workers never copy a half-migrated template.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { migratePostgresql, migrationsIn } from "../../server/postgres-migrations.js";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || undefined;
/** Said in the title of a describe block that is skipped without a server. */
export const POSTGRES_SKIP_REASON = TEST_POSTGRES_URL
  ? "(on TEST_POSTGRES_URL)"
  : "(skipped: TEST_POSTGRES_URL is not set; .ci/run sets it)";

/** Serialises template builds across test workers (any constant that Prisma does not use). */
const TEMPLATE_LOCK = 4_404_044;

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

function serverUrl(): string {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
  return TEST_POSTGRES_URL;
}

/** The URL of database `name` on the test server. */
export function urlOfDatabase(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` on a connection to the server's administrative database. */
export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Name of the migrated template for the migrations now on disk. */
function templateName(): string {
  const hash = createHash("sha256");
  for (const migration of migrationsIn()) hash.update(migration.name).update(migration.checksum);
  return `ns_template_${hash.digest("hex").slice(0, 16)}`;
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rowCount === 1;
}

async function ensureTemplate(client: pg.Client): Promise<string> {
  const template = templateName();
  await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
  try {
    if (await databaseExists(client, template)) return template;
    const building = `${template}_building`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted(building)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted(building)}`);
    await migratePostgresql(urlOfDatabase(building));
    await client.query(`ALTER DATABASE ${quoted(building)} RENAME TO ${quoted(template)}`);
    return template;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
  }
}

function uniqueName(prefix: string): string {
  return `ns_${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/** How long a drop waits for the file's clients to finish closing before it cuts them off. */
const CLOSING_WAIT_MS = 5_000;

/**
 * Waits until no other session is connected to `name` (or CLOSING_WAIT_MS has passed). A client still closing
 * when DROP … WITH (FORCE) terminates it gets "terminating connection due to administrator command" as an error
 * event that no pool listens to any more: an unhandled error that failed a run which passed every test.
 */
async function waitForSessionsToClose(client: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + CLOSING_WAIT_MS;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function testDatabase(name: string): TestDatabase {
  return {
    name,
    url: urlOfDatabase(name),
    drop: () =>
      withServer(async (client) => {
        await waitForSessionsToClose(client, name);
        await client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
      }),
  };
}

/** A new database at the latest migration, copied from the template. Drop it when done. */
export function freshMigratedDatabase(prefix = "test"): Promise<TestDatabase> {
  return withServer(async (client) => {
    const template = await ensureTemplate(client);
    const name = uniqueName(prefix);
    await client.query(`CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(template)}`);
    return testDatabase(name);
  });
}

/** A new, empty database (no migrations applied). Drop it when done. */
export function freshEmptyDatabase(prefix = "empty"): Promise<TestDatabase> {
  return withServer(async (client) => {
    const name = uniqueName(prefix);
    await client.query(`CREATE DATABASE ${quoted(name)}`);
    return testDatabase(name);
  });
}

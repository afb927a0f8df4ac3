// Runs before each test file of the "postgresql" project (vitest.config.ts): the file gets its own
// database on TEST_POSTGRES_URL, copied from the migrated template, and drops it at the end — the
// PostgreSQL counterpart of isolated-db.ts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { freshMigratedDatabase } from "../support/postgres-database";

const database = await freshMigratedDatabase("it");
process.env.DATABASE_URL = database.url;
process.env.SESSION_SECRET ??= "test-session-secret-that-is-long-enough-to-pass";
// As every PostgreSQL deployment must (docs/deploy.md): panel studies keep their keys in a folder of their own.
process.env.STUDY_KEYS_DIR ??= mkdtempSync(path.join(tmpdir(), "pg-study-keys-"));

afterAll(async () => {
  // Through globalThis: a test file that never imported app/db.server.ts opened no connection.
  const globalWithDatabase = globalThis as { negativeSpaceDatabase?: { disconnect(): Promise<void> } };
  await globalWithDatabase.negativeSpaceDatabase?.disconnect();
  await database.drop();
});

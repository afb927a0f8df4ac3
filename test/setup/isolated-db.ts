// Runs before each test file: give the file its own copy of the migrated base database,
// so tests never touch the demo database or each other's data.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { BASE_DB_FILE, TEST_DB_DIRECTORY } from "./migrated-base-db";

const databaseFile = path.join(
  TEST_DB_DIRECTORY,
  `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`,
);
copyFileSync(BASE_DB_FILE, databaseFile);
process.env.DATABASE_URL = `file:${databaseFile}`;
process.env.SESSION_SECRET ??= "test-session-secret-that-is-long-enough-to-pass";

afterAll(async () => {
  // Through globalThis: a test file that never imported app/db.server.ts opened no connection.
  const globalWithDatabase = globalThis as { negativeSpaceDatabase?: { disconnect(): Promise<void> } };
  await globalWithDatabase.negativeSpaceDatabase?.disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${databaseFile}${suffix}`, { force: true });
});

// Removing arrival order from the database file and from backups (docs/security.md, "Arrival order";
// docs/decisions/012). Plain JavaScript so that server.js can run it without a build step; the CLI
// (scripts/db-maintain.ts), the backup script and the tests use the same functions.
//
// Why this is needed: row ids and rowids are random, but SQLite fills a page's cell content area
// from the end towards the start in the order cells arrive, allocates new pages (and overflow pages
// for long answers) in the order they are needed, and appends commits to the WAL in order. Read raw,
// a file therefore says who answered before whom. VACUUM writes every table and index afresh in
// key order; keys are random, so the new layout says nothing about arrival. VACUUM INTO does the
// same into a new file, which makes it the backup method.
import Database from "better-sqlite3";
import { closeSync, fsyncSync, openSync, statSync } from "node:fs";

/** Default database, as in app/env.server.ts (test/unit/arrival-order-defaults.test.ts keeps them equal). */
export const DEFAULT_DATABASE_URL = "file:./data/negative-space.db";

/**
 * Maintenance waits this long for the write lock (a long lab action, a backup of the old kind):
 * it runs in the background, so waiting costs nobody anything.
 */
export const MAINTENANCE_BUSY_TIMEOUT_MS = 60_000;

/** @param {string | undefined} url a `file:` URL, as in DATABASE_URL */
export function databaseFileFromUrl(url = DEFAULT_DATABASE_URL) {
  if (!url.startsWith("file:")) throw new Error("DATABASE_URL must be a SQLite file: URL");
  return url.slice("file:".length);
}

/**
 * A connection for maintenance, configured like the app's (WAL, fsync on commit, deleted content
 * overwritten — VACUUM copies secure_delete to the file it builds).
 * @param {string} file
 */
export function openForMaintenance(file) {
  const connection = new Database(file, { fileMustExist: true, timeout: MAINTENANCE_BUSY_TIMEOUT_MS });
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("secure_delete = ON");
  return connection;
}

const sizeOf = (/** @type {string} */ file) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * Empties the WAL: copies every frame into the database file and truncates the log to zero bytes.
 * A reader still holding an older snapshot makes the checkpoint report "busy"; it is retried until
 * the log is empty (readers here are short), for at most `attempts` tries.
 * @param {import("better-sqlite3").Database} connection
 * @returns {boolean} whether the WAL is now empty
 */
export function truncateWal(connection, attempts = 50) {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [result] = /** @type {{ busy: number; log: number }[]} */ (
      connection.pragma("wal_checkpoint(TRUNCATE)")
    );
    if (result && result.busy === 0 && result.log === 0) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return false;
}

/**
 * @typedef {{ seconds: number; bytesBefore: number; bytesAfter: number; walEmptied: boolean }} MaintenanceReport
 */

/**
 * Rewrites the whole database in key order (VACUUM) and empties the WAL. Holds the write lock while
 * VACUUM runs (2–6 s for 100,000 responses here, docs/decisions/012): writers
 * wait meanwhile (app/database/sqlite-write-queue.server.ts waits without blocking its event loop), readers carry on.
 * @param {import("better-sqlite3").Database} connection from `openForMaintenance`
 * @returns {MaintenanceReport}
 */
export function removeArrivalOrder(connection) {
  const file = connection.name;
  const started = performance.now();
  const bytesBefore = sizeOf(file);
  connection.exec("VACUUM");
  const walEmptied = truncateWal(connection);
  return {
    seconds: (performance.now() - started) / 1000,
    bytesBefore,
    bytesAfter: sizeOf(file),
    walEmptied,
  };
}

/**
 * Writes a consistent copy of the database to `destination` (which must not exist) with VACUUM
 * INTO: built afresh in key order, in one read transaction (writes continue meanwhile), no WAL.
 * The copy is flushed to disk before this returns.
 * @param {import("better-sqlite3").Database} connection any connection to the source database
 * @param {string} destination
 */
export function copyWithoutArrivalOrder(connection, destination) {
  connection.prepare("VACUUM INTO ?").run(destination);
  const descriptor = openSync(destination, "r+");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

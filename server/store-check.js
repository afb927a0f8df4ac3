// The full start-up check of the SQLite store: the file checks of data-store.js, then SQLite
// itself (can it read the file, take the write lock, is the schema current). Used before
// `prisma migrate deploy` (scripts/db-setup.ts) and before the server listens (server.js).
import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { findFileProblem } from "./data-store.js";

/** @typedef {import("./data-store.js").StoreProblem} StoreProblem */

/**
 * @param {string} file absolute path of the database
 * @param {object} [options]
 * @param {boolean} [options.exclusive] nobody else may have the store open: what a migration
 *   needs (Prisma's schema engine takes SQLite's exclusive locking mode). Otherwise others may
 *   share it, as the server's worker processes do, and only the write lock must be obtainable.
 * @param {number} [options.timeoutMs] how long to wait for a lock another process holds
 * @param {string} [options.migrationsFolder] when given, every migration in it must be applied
 * @param {string} [options.ifMissing] what to do about a missing store (see findFileProblem)
 * @returns {StoreProblem | undefined}
 */
export function findStoreProblem(
  file,
  { exclusive = false, timeoutMs = 5000, migrationsFolder, ifMissing } = {},
) {
  const fileProblem = findFileProblem(file, ifMissing);
  if (fileProblem) return fileProblem;
  let db;
  try {
    db = new Database(file, { fileMustExist: true, timeout: timeoutMs });
    if (exclusive) db.pragma("locking_mode = EXCLUSIVE");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return migrationsFolder ? findMissingMigrations(db, file, migrationsFolder) : undefined;
  } catch (error) {
    return problemFromSqliteError(file, error, { exclusive, timeoutMs });
  } finally {
    db?.close();
  }
}

/** @returns {StoreProblem | undefined} */
function findMissingMigrations(db, file, migrationsFolder) {
  const expected = readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const tracked = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  const applied = new Set(
    tracked
      ? db
          .prepare(
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
          )
          .pluck()
          .all()
      : [],
  );
  const missing = expected.filter((name) => !applied.has(name));
  if (missing.length === 0) return undefined;
  return {
    kind: "not-migrated",
    sentence: `The database at ${file} lacks ${missing.length} of this version's ${expected.length} migrations: run \`npm run db:setup\` before starting the server.`,
  };
}

/** @returns {StoreProblem} */
function problemFromSqliteError(file, error, { exclusive, timeoutMs }) {
  const code = String(error?.code ?? "");
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return {
      kind: "locked",
      sentence: exclusive
        ? `The database at ${file} is in use by another process (a running server, a backup or another set-up): stop that process, then run this again.`
        : `The database at ${file} is locked by another process (a set-up, a migration or a long write) that did not let go within ${timeoutMs / 1000} s: wait for it to finish or stop it, then start again.`,
    };
  }
  if (
    code.startsWith("SQLITE_READONLY") ||
    code.startsWith("SQLITE_CANTOPEN") ||
    code.startsWith("SQLITE_PERM")
  ) {
    return {
      kind: "read-only",
      sentence: `The database at ${file} cannot be written (${error.message}): make the data folder and its files writable for the user running the server, or mount the volume read-write.`,
    };
  }
  return {
    kind: "damaged",
    sentence: `The database at ${file} cannot be used (${error?.message ?? error}): restore it from a backup made with \`npm run db:backup\`.`,
  };
}

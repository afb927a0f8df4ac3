// Where the SQLite store lives and whether it can be used, checked before anything opens it for
// real: by scripts/db-setup.ts before `prisma migrate deploy` (which otherwise fails on a store in
// use with "unknown variant SocketTimeout"), by server.js before it listens, and (the cheap file
// part) by /healthz. Each problem comes as one sentence saying which and what to do.
// Plain JavaScript so that server.js can import it without a build step. docs/decisions/015.
import { accessSync, chmodSync, constants, existsSync, statSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/negative-space.db";

/** The data folder and every database file (db, -wal, -shm, backups) are the owner's alone. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Files SQLite keeps beside the database; they hold recent answers too. */
export const COMPANION_SUFFIXES = ["-wal", "-shm", "-journal"];

/** @typedef {"missing" | "read-only" | "locked" | "damaged" | "not-migrated" | "unreachable" | "refused" | "privacy"} StoreProblemKind */
/** @typedef {{ kind: StoreProblemKind, sentence: string }} StoreProblem */

/** Absolute path of the SQLite file a `file:` DATABASE_URL names (relative to the working directory). */
export function databaseFileFromUrl(url = DEFAULT_DATABASE_URL) {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL such as ${DEFAULT_DATABASE_URL}, not "${url}".`);
  }
  return path.resolve(url.slice("file:".length));
}

/** "absent", "forbidden" (a folder on the way may not be entered) or "present". */
function stateOf(entry) {
  try {
    statSync(entry);
    return "present";
  } catch (error) {
    return error?.code === "EACCES" ? "forbidden" : "absent";
  }
}

const canWrite = (file) => {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * What the file system says about the store, without opening it: no folder, a folder or file
 * this process cannot write, or no file (SQLite needs the folder too, for its -wal and -shm files).
 * A few stat/access calls: cheap enough for every health check.
 * @param {string} file
 * @param {string} [ifMissing] what to do about a missing store, ending the sentence
 * @returns {StoreProblem | undefined}
 */
export function findFileProblem(file, ifMissing = "restore it from a backup or mount its volume") {
  const folder = path.dirname(file);
  const folderState = stateOf(folder);
  if (folderState === "absent") {
    return {
      kind: "missing",
      sentence: `There is no data folder at ${folder}, so no database: ${ifMissing}.`,
    };
  }
  if (folderState === "forbidden") {
    return {
      kind: "read-only",
      sentence: `This user may not open the data folder ${folder} (permission denied): give the user running the server access to it.`,
    };
  }
  const unwritable = [folder, file, ...COMPANION_SUFFIXES.map((suffix) => file + suffix)].find(
    (entry) => existsSync(entry) && !canWrite(entry),
  );
  if (unwritable) {
    const what = unwritable === folder ? "its folder" : path.basename(unwritable);
    return {
      kind: "read-only",
      sentence: `The database at ${file} is read-only (this user cannot write ${what}): make the data folder and its files writable for the user running the server, or mount the volume read-write.`,
    };
  }
  if (!existsSync(file))
    return { kind: "missing", sentence: `There is no database at ${file}: ${ifMissing}.` };
  if (!statSync(file).isFile()) {
    return {
      kind: "damaged",
      sentence: `${file} is not a file: point DATABASE_URL at the SQLite database file.`,
    };
  }
  return undefined;
}

/**
 * Makes the database and its companion files readable and writable by their owner only. SQLite
 * gives new -wal and -shm files the database file's own mode, so a 0600 database keeps them 0600.
 * @param {string} file
 * @returns {string[]} the files whose mode was narrowed
 */
export function restrictDatabaseFiles(file) {
  const narrowed = [];
  for (const entry of [file, ...COMPANION_SUFFIXES.map((suffix) => file + suffix)]) {
    if (!existsSync(entry) || (statSync(entry).mode & 0o077) === 0) continue;
    chmodSync(entry, PRIVATE_FILE_MODE);
    narrowed.push(entry);
  }
  return narrowed;
}

/** True when group or others may list or enter the folder. */
export function folderIsShared(folder) {
  return (statSync(folder).mode & 0o077) !== 0;
}

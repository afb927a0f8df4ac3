// db:backup on SQLite: VACUUM INTO builds the copy afresh in key order (ids are random, so it says
// nothing about who answered when) from one read snapshot (concurrent writes neither block it nor make
// it restart), with no WAL beside it (docs/security.md, "Arrival order"). The copy is flushed to disk,
// checked (PRAGMA integrity_check) and its row counts are printed.
// To restore: stop the server, move the copy to DATABASE_URL's path (delete any -wal/-shm files
// beside the old one), start the server.
import Database from "better-sqlite3";
import { chmodSync } from "node:fs";
import { copyWithoutArrivalOrder } from "../../server/arrival-order.js";
import { PRIVATE_FILE_MODE } from "../../server/data-store.js";

export function backUpSqlite(databaseUrl: string, destination: string): void {
  // Opened read-write only because a read-only connection cannot set up WAL's shared memory when
  // the server is not running; nothing is written to the source.
  const source = new Database(databaseUrl.slice("file:".length), { fileMustExist: true, timeout: 5000 });
  try {
    copyWithoutArrivalOrder(source, destination);
  } finally {
    source.close();
  }
  chmodSync(destination, PRIVATE_FILE_MODE);

  const copy = new Database(destination);
  const integrity = String(copy.pragma("integrity_check", { simple: true }));
  const count = (table: string) =>
    (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  console.log(
    `Backed up to ${destination}: integrity ${integrity}; ${count("Response")} responses, ${count("ResumeDraft")} drafts, ${count("Survey")} surveys.`,
  );
  copy.close();
  if (integrity !== "ok") process.exitCode = 1;
}

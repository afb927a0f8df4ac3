import { databaseFileFromUrl, findFileProblem, type StoreProblemKind } from "../server/data-store.js";
import { databaseIsSqlite, pingDatabase } from "./db.server";
import { environment } from "./env.server";

export type StoreHealth = { ok: true } | { ok: false; reason: StoreProblemKind | "unreadable" };

/**
 * Whether the store can take an answer right now, for /healthz. The open connection alone would
 * say yes over a database file deleted or replaced underneath it, or a volume remounted read-only
 * (it keeps its file handle), so on SQLite the file system is asked first: a few stat/access calls,
 * then one read of the schema page. On PostgreSQL, one query. Nothing is written.
 */
export async function storeHealth(): Promise<StoreHealth> {
  if (databaseIsSqlite()) {
    const problem = findFileProblem(databaseFileFromUrl(environment.DATABASE_URL));
    if (problem) return { ok: false, reason: problem.kind };
  }
  try {
    await pingDatabase();
    return { ok: true };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

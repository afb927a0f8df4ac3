import type { Database as Connection } from "better-sqlite3";
import type { PrismaClient } from "../generated/prisma/client";
import { databaseProviderOf } from "../server/database-url.js";
import type { DatabaseDoor } from "./database/door";
import { createPostgresDoor } from "./database/postgres-door.server";
import { createSqliteDoor, type SqliteDoor } from "./database/sqlite-door.server";
import type { SqlWork } from "./database/sql";
import { environment } from "./env.server";

export { SQLITE_BUSY_TIMEOUT_MS } from "./database/sqlite-write-queue.server";

/**
 * The one database door of the process (docs/decisions/016 and 047), on globalThis: Remix's dev server
 * re-evaluates modules on every change. `DATABASE_URL` picks SQLite (file:) or PostgreSQL (postgresql://).
 */
const globalForDatabase = globalThis as unknown as { negativeSpaceDatabase?: DatabaseDoor };

function createDoor(): DatabaseDoor {
  const url = environment.DATABASE_URL;
  return databaseProviderOf(url) === "postgresql" ? createPostgresDoor(url) : createSqliteDoor(url);
}

const door: DatabaseDoor = (globalForDatabase.negativeSpaceDatabase ??= createDoor());

/** The one Prisma client of the process. */
export const prisma: PrismaClient = door.prisma;

export const databaseIsSqlite = (): boolean => door.provider === "sqlite";

/** Closes every connection (scripts and tests, at their end). */
export const disconnectDatabase = (): Promise<void> => door.disconnect();

/**
 * Runs `work` (plain SQL through app/database/sql.ts) in a write transaction and resolves only after
 * COMMIT. The respondent's hot path writes this way: Prisma costs about a millisecond of CPU per query.
 * Never call it from inside a `prisma.$transaction` callback: on SQLite it waits for that transaction.
 */
export const writeTransaction = <T>(work: () => SqlWork<T>): Promise<T> => door.write(work);

/** Runs reads (plain SQL through app/database/sql.ts) that see committed data only. */
export const readCommitted = <T>(work: () => SqlWork<T>): Promise<T> => door.read(work);

/** One cheap read that fails when the database cannot answer. */
export const pingDatabase = (): Promise<void> => door.ping();

/** After overwriting stored text: removes what the database's own files still hold of the old rows. */
export const forgetOverwrittenData = (): Promise<boolean> => door.forgetOverwrittenData();

/** The app's own SQLite connection, for what exists only on SQLite (its tests, its file maintenance). */
export function sqliteConnection(): Connection {
  if (door.provider !== "sqlite") throw new Error("This runs on SQLite only; DATABASE_URL names PostgreSQL.");
  return (door as SqliteDoor).connection();
}

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { readEnvironment } from "./env.server";

/**
 * How the SQLite file is opened (docs/security.md, "Durability"):
 * - WAL: readers never block the writer and the writer never blocks readers, so page views
 *   carry on while answers are stored; a backup can read a consistent snapshot meanwhile.
 * - synchronous=FULL: every commit is fsynced to the WAL before the server answers, so an
 *   acknowledged response survives a power cut as well as a crash (NORMAL would survive only a
 *   crash of this process). Measured here at ~0.2 ms per commit; bench/load.ts shows it is affordable.
 * - busy timeout: another connection holding the write lock (a CLI script) makes Prisma's queries
 *   wait up to this long instead of failing at once. Respondent writes (`writeTransaction`) wait up
 *   to WRITE_LOCK_WAIT_LIMIT_MS instead, without blocking the event loop: the arrival-order
 *   maintenance holds the lock for seconds on a large database (docs/decisions/012).
 * - secure_delete: deleted rows are overwritten, not left in free pages — a screened-out person's
 *   draft, or a draft turned into a response, leaves no readable remains in the file.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

function configureConnection(connection: Database): void {
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("secure_delete = ON");
}

let connectionForWrites: Database | undefined;

/** Prisma's adapter, plus the PRAGMAs above on the connection it opens (the adapter has no hook for them). */
class ConfiguredSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: Database }).client;
    if (!connection || typeof connection.pragma !== "function") {
      throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection; app/db.server.ts needs updating");
    }
    configureConnection(connection);
    connectionForWrites = connection;
    return adapter;
  }
}

// One client per process: Remix's dev server re-evaluates modules on every change,
// so the instance is kept on globalThis to avoid opening a new connection each time.
const globalForPrisma = globalThis as unknown as { negativeSpacePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL } = readEnvironment();
  // fileMustExist: only the set-up creates a database (docs/decisions/015); a missing file is an error here,
  // never a new empty database that a script or the server would then fill.
  const adapter = new ConfiguredSQLite({ url: DATABASE_URL, timeout: SQLITE_BUSY_TIMEOUT_MS, fileMustExist: true });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = (globalForPrisma.negativeSpacePrisma ??= createClient());

const statementCache = new WeakMap<Database, Map<string, Statement>>();

/** A prepared statement, compiled once per connection; integers come back as numbers. */
export function statement(connection: Database, sql: string): Statement {
  let statements = statementCache.get(connection);
  if (!statements) statementCache.set(connection, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = connection.prepare(sql).safeIntegers(false)));
  return prepared;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Prisma's connection once no Prisma transaction is open on it (see writeTransaction). */
async function idleConnection(): Promise<Database> {
  if (!connectionForWrites) await prisma.$connect();
  const connection = connectionForWrites;
  if (!connection) throw new Error("The database connection did not open");
  while (connection.inTransaction) await nextTurn();
  return connection;
}

type PendingWrite = { work: (connection: Database) => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
let pendingWrites: PendingWrite[] = [];
let flushScheduled = false;

/**
 * How long a write waits for another connection's write lock (arrival-order maintenance, a backup,
 * a CLI script) before it fails. The wait does not block the event loop: pages keep being served.
 */
export const WRITE_LOCK_WAIT_LIMIT_MS = 60_000;
const WRITE_LOCK_RETRY_MS = 10;

const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === "SQLITE_BUSY";

type BatchOutcome = ({ ok: true; value: unknown } | { ok: false; error: unknown })[];

/**
 * Runs the batch in one IMMEDIATE transaction, or returns "busy" without running anything when
 * another connection holds the write lock. The busy timeout is lifted for the attempt: SQLite's own
 * wait would sleep on this thread, stopping every request of the process (up to the seconds VACUUM
 * takes, docs/decisions/012); flushWrites waits asynchronously instead.
 */
function commitBatch(connection: Database, batch: PendingWrite[]): BatchOutcome | "busy" {
  const outcomes: BatchOutcome = [];
  let began = false;
  connection.pragma("busy_timeout = 0");
  try {
    connection
      .transaction(() => {
        began = true;
        for (const { work } of batch) {
          try {
            // A nested better-sqlite3 transaction is a SAVEPOINT: one failing write is undone alone.
            outcomes.push({ ok: true, value: connection.transaction(work)(connection) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })
      .immediate();
  } catch (error) {
    if (!began && isBusy(error)) return "busy";
    throw error;
  } finally {
    connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
  return outcomes;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Commits every write queued so far in one transaction: one fsync for the whole batch. */
async function flushWrites(): Promise<void> {
  const waitingSince = Date.now();
  for (;;) {
    let connection: Database;
    try {
      connection = await idleConnection();
    } catch (error) {
      flushScheduled = false;
      for (const pending of pendingWrites.splice(0)) pending.reject(error);
      return;
    }
    const batch = pendingWrites;
    pendingWrites = [];
    let outcomes: BatchOutcome | "busy";
    try {
      outcomes = commitBatch(connection, batch);
    } catch (error) {
      flushScheduled = false;
      for (const pending of batch) pending.reject(error);
      return;
    }
    if (outcomes === "busy" && Date.now() - waitingSince < WRITE_LOCK_WAIT_LIMIT_MS) {
      // Another connection holds the write lock: wait without blocking; writes queued meanwhile join this batch.
      pendingWrites = batch.concat(pendingWrites);
      await pause(WRITE_LOCK_RETRY_MS);
      continue;
    }
    flushScheduled = false;
    const locked = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    batch.forEach((pending, index) => {
      const outcome = outcomes === "busy" ? { ok: false as const, error: locked } : outcomes[index];
      if (outcome?.ok) pending.resolve(outcome.value);
      else pending.reject(outcome ? outcome.error : new Error("The write was not run"));
    });
    return;
  }
}

/**
 * Runs `work` in a write transaction on Prisma's own connection and resolves only after COMMIT,
 * so a caller that answers afterwards never acknowledges uncommitted data. The respondent's hot
 * path uses this with prepared statements (`statement`): Prisma costs about a millisecond of CPU
 * per query here, a prepared statement microseconds.
 *
 * Group commit: writes queued in the same turn of the event loop share one transaction (each in
 * its own savepoint, so a failing `work` rejects alone), so one fsync — the price of
 * synchronous=FULL, ~0.2–1.3 ms here — covers them all instead of each. Under load, batches
 * grow while a commit is running; alone, a write commits on the next turn. While another connection
 * holds the write lock (VACUUM by the arrival-order maintenance), the batch waits for it
 * asynchronously, so pages keep being served, and is still acknowledged only after its COMMIT.
 *
 * Why not `prisma.$transaction`: the adapter shares one connection between all requests and only
 * serialises transactions against each other, so another request's plain query that runs while an
 * interactive transaction awaits becomes part of it — and is rolled back with it, after that
 * request was already answered. `work` here is synchronous: nothing can interleave with it. If a
 * Prisma transaction is open on the connection when we arrive, we wait for it to finish first, so
 * ours is never nested inside it. (So never call this from inside a `prisma.$transaction` callback:
 * it would wait until Prisma's transaction timeout rolls that transaction back.)
 */
export function writeTransaction<T>(work: (connection: Database) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pendingWrites.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(() => void flushWrites());
    }
  });
}

/** Runs synchronous reads on the shared connection, never inside someone else's open transaction. */
export async function readCommitted<T>(work: (connection: Database) => T): Promise<T> {
  return work(await idleConnection());
}

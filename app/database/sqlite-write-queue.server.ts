import type { Database as Connection } from "better-sqlite3";

/** How long a query on a connection waits for another connection's write lock before it fails. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * How long a write waits for another connection's write lock (arrival-order maintenance, a backup,
 * a CLI script) before it fails. The wait does not block the event loop: pages keep being served.
 */
export const WRITE_LOCK_WAIT_LIMIT_MS = 60_000;
const WRITE_LOCK_RETRY_MS = 10;

type PendingWrite = {
  work: (connection: Connection) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};
type BatchOutcome = ({ ok: true; value: unknown } | { ok: false; error: unknown })[];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === "SQLITE_BUSY";

/** What the queue needs from the SQLite door. */
export type WriteQueueConnection = {
  /** The app's connection (opened on first use). */
  connection(): Connection;
  /** True while Prisma has a transaction open on its own connection. */
  prismaTransactionIsOpen(): boolean;
};

/**
 * Runs the batch in one IMMEDIATE transaction, or returns "busy" without running anything when
 * another connection holds the write lock. The busy timeout is lifted for the attempt: SQLite's own
 * wait would sleep on this thread, stopping every request of the process (up to the seconds VACUUM
 * takes, docs/decisions/012); flushWrites waits asynchronously instead.
 */
function commitBatch(connection: Connection, batch: PendingWrite[]): BatchOutcome | "busy" {
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

function settle(batch: PendingWrite[], outcomes: BatchOutcome | "busy"): void {
  const locked = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
  batch.forEach((pending, index) => {
    const outcome = outcomes === "busy" ? { ok: false as const, error: locked } : outcomes[index];
    if (outcome?.ok) pending.resolve(outcome.value);
    else pending.reject(outcome ? outcome.error : new Error("The write was not run"));
  });
}

/** Write the queue's work function synchronously: it runs between BEGIN IMMEDIATE and COMMIT. */
export type QueuedWrite<T> = (connection: Connection) => T;

/**
 * A queue that runs each `work` in a write transaction on the app's connection and resolves only
 * after COMMIT, so a caller that answers afterwards never acknowledges uncommitted data. The
 * SQLite door (sqlite-door.server.ts) runs every `write` through it with prepared statements: Prisma
 * costs about a millisecond of CPU per query here, a prepared statement microseconds.
 *
 * Group commit: writes queued in the same turn of the event loop share one transaction (each in
 * its own savepoint, so a failing `work` rejects alone), so one fsync — the price of
 * synchronous=FULL, ~0.2–1.3 ms here — covers them all instead of each. Under load, batches
 * grow while a commit is running; alone, a write commits on the next turn. While another connection
 * holds the write lock (VACUUM by the arrival-order maintenance, a Prisma write transaction), the
 * batch waits for it asynchronously, so pages keep being served, and is still acknowledged only
 * after its COMMIT.
 *
 * Why not `prisma.$transaction`: the adapter shares one connection between all requests and only
 * serialises transactions against each other, so another request's plain query that runs while an
 * interactive transaction awaits becomes part of it — and is rolled back with it, after that
 * request was already answered. `work` here is synchronous on a connection of its own: nothing can
 * interleave with it. While a Prisma transaction is open, the batch waits for it to end, so it never
 * commits between that transaction's read and its write. (So never write through the door from inside
 * a `prisma.$transaction` callback: it would wait until Prisma's transaction timeout rolls that
 * transaction back.)
 */
export function createWriteQueue(door: WriteQueueConnection): <T>(work: QueuedWrite<T>) => Promise<T> {
  let pendingWrites: PendingWrite[] = [];
  let flushScheduled = false;

  /** The app's connection, once no Prisma transaction is open in this process. */
  async function connectionForWrites(): Promise<Connection> {
    const connection = door.connection();
    while (door.prismaTransactionIsOpen()) await nextTurn();
    return connection;
  }

  /** Commits every write queued so far in one transaction: one fsync for the whole batch. */
  async function flushWrites(): Promise<void> {
    const waitingSince = Date.now();
    for (;;) {
      let connection: Connection;
      try {
        connection = await connectionForWrites();
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
      settle(batch, outcomes);
      return;
    }
  }

  return <T>(work: QueuedWrite<T>) =>
    new Promise<T>((resolve, reject) => {
      pendingWrites.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(() => void flushWrites());
      }
    });
}

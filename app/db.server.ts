import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database, { type Database as Connection, type Statement } from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseFileFromUrl } from "../server/data-store.js";
import { environment } from "./env.server";

/**
 * The connections to the SQLite file (docs/security.md, "Durability"; docs/decisions/016): Prisma's,
 * for everything the lab does, and the app's own, for the respondent's hot path — prepared statements
 * and the write queue (app/db-write-queue.server.ts). Both are opened the same way:
 * - WAL: readers never block the writer and the writer never blocks readers, so page views
 *   carry on while answers are stored; a backup can read a consistent snapshot meanwhile.
 * - synchronous=FULL: every commit is fsynced to the WAL before the server answers, so an
 *   acknowledged response survives a power cut as well as a crash (NORMAL would survive only a
 *   crash of this process). Measured here at ~0.2 ms per commit; bench/load.ts shows it is affordable.
 * - busy timeout: another connection holding the write lock (a CLI script) makes a query wait up
 *   to this long instead of failing at once. The write queue waits up to WRITE_LOCK_WAIT_LIMIT_MS
 *   instead, without blocking the event loop: the arrival-order maintenance holds the lock for
 *   seconds on a large database (docs/decisions/012).
 * - secure_delete: deleted rows are overwritten, not left in free pages — a screened-out person's
 *   draft, or a draft turned into a response, leaves no readable remains in the file.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
const CONNECTION_PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = FULL",
  "foreign_keys = ON",
  "secure_delete = ON",
];

type PrismaConnection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** Everything the process keeps open, on globalThis: Remix's dev server re-evaluates modules on every change. */
type DatabaseDoor = {
  prisma: PrismaClient;
  connection: Connection | undefined;
  /** Transactions Prisma has begun and not yet committed or rolled back on its connection. */
  openPrismaTransactions: number;
  closeAppConnection(): void;
  disconnect(): Promise<void>;
};
const globalForDatabase = globalThis as unknown as { negativeSpaceDatabase?: DatabaseDoor };

/** Prisma's connection with the PRAGMAs above, counting its transactions; only the adapter's public API is used. */
class ConfiguredSQLite extends PrismaBetterSQLite3 {
  override async connect(): Promise<PrismaConnection> {
    const connection = await super.connect();
    await connection.executeScript(CONNECTION_PRAGMAS.map((pragma) => `PRAGMA ${pragma};`).join("\n"));
    return countingTransactions(connection);
  }
}

/**
 * The same connection, telling the door when a Prisma transaction is open: the write queue must not
 * commit on the app's connection between a Prisma transaction's read and its write (SQLite would then
 * refuse that write with SQLITE_BUSY_SNAPSHOT), so it waits until none is open, as it did when both
 * shared one connection.
 */
function countingTransactions(connection: PrismaConnection): PrismaConnection {
  const counted: PrismaConnection = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    executeScript: (script) => connection.executeScript(script),
    // prisma.$disconnect() ends the process's use of the file: the app's connection closes with Prisma's.
    dispose: () => {
      door.closeAppConnection();
      return connection.dispose();
    },
    async startTransaction(isolationLevel) {
      const transaction = await connection.startTransaction(isolationLevel);
      door.openPrismaTransactions++;
      let open = true;
      const ended = () => {
        if (open) door.openPrismaTransactions--;
        open = false;
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        commit: () => transaction.commit().finally(ended),
        rollback: () => transaction.rollback().finally(ended),
      };
    },
  };
  const connectionInfo = connection.getConnectionInfo?.bind(connection);
  return connectionInfo ? { ...counted, getConnectionInfo: connectionInfo } : counted;
}

function createDoor(): DatabaseDoor {
  const { DATABASE_URL } = environment;
  // fileMustExist: only the set-up creates a database (docs/decisions/015); a missing file is an error here,
  // never a new empty database that a script or the server would then fill.
  const adapter = new ConfiguredSQLite({
    url: DATABASE_URL,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    fileMustExist: true,
  });
  const created: DatabaseDoor = {
    prisma: new PrismaClient({ adapter }),
    connection: undefined,
    openPrismaTransactions: 0,
    closeAppConnection() {
      created.connection?.close();
      created.connection = undefined;
    },
    async disconnect() {
      created.closeAppConnection();
      await created.prisma.$disconnect();
    },
  };
  return created;
}

const door: DatabaseDoor = (globalForDatabase.negativeSpaceDatabase ??= createDoor());

/** The one Prisma client of the process. */
export const prisma: PrismaClient = door.prisma;

/**
 * Closes both connections (scripts and tests, at their end): an app connection left open until exit
 * leaves -wal and -shm files beside the database. `prisma.$disconnect()` closes both too, once Prisma
 * has connected.
 */
export const disconnectDatabase = (): Promise<void> => door.disconnect();

/**
 * The app's own connection, opened on first use with the same file and PRAGMAs as Prisma's. Both see
 * every commit of the other (WAL), and work on it is synchronous, so nothing interleaves with it.
 */
export function database(): Connection {
  if (!door.connection) {
    const file = databaseFileFromUrl(environment.DATABASE_URL);
    const connection = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    for (const pragma of CONNECTION_PRAGMAS) connection.pragma(pragma);
    door.connection = connection;
  }
  return door.connection;
}

/** True while Prisma has a transaction open on its connection (see countingTransactions). */
export const prismaTransactionIsOpen = (): boolean => door.openPrismaTransactions > 0;

const statementCache = new WeakMap<Connection, Map<string, Statement>>();

/** A prepared statement, compiled once per connection; integers come back as numbers. */
export function statement(connection: Connection, sql: string): Statement {
  let statements = statementCache.get(connection);
  if (!statements) statementCache.set(connection, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = connection.prepare(sql).safeIntegers(false)));
  return prepared;
}

/**
 * Runs synchronous reads on the app's connection. They see committed data only: the app's own
 * writes are synchronous transactions, and Prisma's open transactions are on the other connection.
 */
export async function readCommitted<T>(work: (connection: Connection) => T): Promise<T> {
  return work(database());
}

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database, { type Database as Connection, type Statement } from "better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { databaseFileFromUrl } from "../../server/data-store.js";
import type { DatabaseDoor } from "./door";
import { driveSync, insertStatement, type SqlRequest, type SqlValue, type SqlWork } from "./sql";
import { createWriteQueue, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-write-queue.server";

/**
 * The connections to the SQLite file (docs/security.md, "Durability"; docs/decisions/016): Prisma's,
 * for everything the lab does, and the app's own, for the respondent's hot path — prepared statements
 * and the write queue (sqlite-write-queue.server.ts). Both are opened the same way:
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
const CONNECTION_PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = FULL",
  "foreign_keys = ON",
  "secure_delete = ON",
];

type PrismaConnection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** The SQLite door, with what only SQLite has: the app's own connection (tests and SQLite-only maintenance). */
export type SqliteDoor = DatabaseDoor & { provider: "sqlite"; connection(): Connection };

type Counter = { open: number };

/** Prisma's connection with the PRAGMAs above, counting its transactions; only the adapter's public API is used. */
class ConfiguredSQLite extends PrismaBetterSQLite3 {
  constructor(
    url: string,
    private readonly transactions: Counter,
    private readonly onDispose: () => void,
  ) {
    // fileMustExist: only the set-up creates a database (docs/decisions/015); a missing file is an error here,
    // never a new empty database that a script or the server would then fill.
    super({ url, timeout: SQLITE_BUSY_TIMEOUT_MS, fileMustExist: true });
  }

  override async connect(): Promise<PrismaConnection> {
    const connection = await super.connect();
    await connection.executeScript(CONNECTION_PRAGMAS.map((pragma) => `PRAGMA ${pragma};`).join("\n"));
    return countingTransactions(connection, this.transactions, this.onDispose);
  }
}

/**
 * The same connection, telling the door when a Prisma transaction is open: the write queue must not
 * commit on the app's connection between a Prisma transaction's read and its write (SQLite would then
 * refuse that write with SQLITE_BUSY_SNAPSHOT), so it waits until none is open, as it did when both
 * shared one connection.
 */
function countingTransactions(
  connection: PrismaConnection,
  counter: Counter,
  onDispose: () => void,
): PrismaConnection {
  const counted: PrismaConnection = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    executeScript: (script) => connection.executeScript(script),
    // prisma.$disconnect() ends the process's use of the file: the app's connection closes with Prisma's.
    dispose: () => {
      onDispose();
      return connection.dispose();
    },
    async startTransaction(isolationLevel) {
      const transaction = await connection.startTransaction(isolationLevel);
      counter.open++;
      let open = true;
      const ended = () => {
        if (open) counter.open--;
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

const statementCache = new WeakMap<Connection, Map<string, Statement>>();

/** A prepared statement, compiled once per connection; integers come back as numbers. */
function prepared(connection: Connection, sql: string): Statement {
  let statements = statementCache.get(connection);
  if (!statements) statementCache.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = connection.prepare(sql).safeIntegers(false)));
  return statement;
}

const bindable = (params: readonly SqlValue[]) =>
  params.map((value) => (typeof value === "boolean" ? Number(value) : value));

function execute(connection: Connection, request: SqlRequest): unknown {
  if (request.kind === "insert-unordered") {
    // A random rowid: the table's physical order would otherwise be the order people answered in.
    const { sql, params } = insertStatement(request, { rowid: "random()" });
    return { changes: prepared(connection, sql).run(...bindable(params)).changes };
  }
  const statement = prepared(connection, request.sql);
  const params = bindable(request.params);
  if (request.kind === "run") return { changes: statement.run(...params).changes };
  return request.kind === "get" ? statement.get(...params) : statement.all(...params);
}

/** Runs `work` to its end on `connection`, synchronously: nothing else can use the connection meanwhile. */
export function runOnConnection<T>(connection: Connection, work: SqlWork<T>): T {
  return driveSync(work, (request) => execute(connection, request));
}

/**
 * One try at copying the WAL into the database file and truncating it to zero bytes. It must not
 * wait on the event loop (SQLite's busy wait sleeps), so the connection's busy timeout is 0 meanwhile;
 * a reader holding an older snapshot makes it report busy.
 */
function truncateWalOnce(connection: Connection): boolean {
  connection.pragma("busy_timeout = 0");
  try {
    const [result] = connection.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number }[];
    return result?.busy === 0 && result.log === 0;
  } catch {
    return false;
  } finally {
    connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

/** Empties the WAL, which may still hold overwritten pages, retrying for up to about 2 s. */
async function emptyWal(connection: () => Connection, attempts = 40): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (truncateWalOnce(connection())) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

export function createSqliteDoor(url: string): SqliteDoor {
  const transactions: Counter = { open: 0 };
  let appConnection: Connection | undefined;
  const closeAppConnection = () => {
    appConnection?.close();
    appConnection = undefined;
  };
  /** The app's own connection, opened on first use with the same file and PRAGMAs as Prisma's. */
  const connection = (): Connection => {
    if (!appConnection) {
      const opened = new Database(databaseFileFromUrl(url), {
        fileMustExist: true,
        timeout: SQLITE_BUSY_TIMEOUT_MS,
      });
      for (const pragma of CONNECTION_PRAGMAS) opened.pragma(pragma);
      appConnection = opened;
    }
    return appConnection;
  };
  const queue = createWriteQueue({ connection, prismaTransactionIsOpen: () => transactions.open > 0 });
  const prisma = new PrismaClient({ adapter: new ConfiguredSQLite(url, transactions, closeAppConnection) });
  return {
    provider: "sqlite",
    prisma,
    connection,
    write: (work) => queue((db) => runOnConnection(db, work())),
    // The app's own writes are synchronous transactions and Prisma's open transactions are on the other
    // connection, so a read here sees committed data only.
    read: async (work) => runOnConnection(connection(), work()),
    ping: async () => void prepared(connection(), "SELECT count(*) FROM sqlite_master").get(),
    forgetOverwrittenData: () => emptyWal(connection),
    async disconnect() {
      closeAppConnection();
      await prisma.$disconnect();
    },
  };
}

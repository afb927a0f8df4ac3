import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client";
import type { DatabaseDoor } from "./door";
import { driveAsync, insertStatement, type SqlRequest, type SqlWork } from "./sql";

/** SQLSTATEs after which a transaction can simply be run again: serialization failure, deadlock. */
const RETRYABLE = new Set(["40001", "40P01"]);
const ATTEMPTS = 3;

/** `?` placeholders as PostgreSQL's `$1, $2, …`; question marks inside quotes are left alone. */
export function numberedPlaceholders(sql: string): string {
  let index = 0;
  let quote: string | null = null;
  let out = "";
  for (const character of sql) {
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === "'" || character === '"') {
      quote = character;
    } else if (character === "?") {
      out += `$${++index}`;
      continue;
    }
    out += character;
  }
  return out;
}

type Queryable = pg.Pool | pg.PoolClient;

async function execute(client: Queryable, request: SqlRequest): Promise<unknown> {
  // Plain insertion order here; the arrival-order maintenance rewrites the table by its random key.
  const { sql, params } = request.kind === "insert-unordered" ? insertStatement(request) : request;
  const result = await client.query(numberedPlaceholders(sql), [...params]);
  if (request.kind === "run" || request.kind === "insert-unordered") return { changes: result.rowCount ?? 0 };
  return request.kind === "get" ? result.rows[0] : result.rows;
}

async function inTransaction<T>(pool: pg.Pool, work: () => SqlWork<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const value = await driveAsync(work(), (request) => execute(client, request));
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== "string" || !RETRYABLE.has(code)) throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Rewrites the response table so that overwritten answers (a redaction) are no longer in its files.
 * VACUUM FULL holds an exclusive lock while it runs; it gives up after two seconds of waiting for one,
 * and the arrival-order maintenance rewrites the table later anyway.
 */
async function rewriteResponses(pool: pg.Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("SET lock_timeout = '2s'");
    await client.query('VACUUM FULL "Response"');
    return true;
  } catch {
    return false;
  } finally {
    await client.query("RESET lock_timeout").catch(() => undefined);
    client.release();
  }
}

/**
 * The PostgreSQL door: one connection pool, shared by Prisma (through its pg adapter) and the app's own
 * statements. Each `write` is a transaction of its own on a pooled connection; PostgreSQL does the
 * group commit that the SQLite door does by hand.
 */
export function createPostgresDoor(url: string): DatabaseDoor {
  const pool = new pg.Pool({ connectionString: url, application_name: "negative-space" });
  const adapter = new PrismaPg(pool, { disposeExternalPool: false });
  // One schema, two generated clients (prisma/postgresql/schema.prisma is generated from prisma/schema.prisma):
  // their query APIs are the same, so the app types both as the SQLite one.
  const prisma = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  return {
    provider: "postgresql",
    prisma,
    write: (work) => inTransaction(pool, work),
    read: (work) => driveAsync(work(), (request) => execute(pool, request)),
    ping: async () => void (await pool.query("SELECT 1")),
    forgetOverwrittenData: () => rewriteResponses(pool),
    async disconnect() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

import { z } from "zod";

/**
 * Plain SQL that runs unchanged on SQLite and PostgreSQL (docs/decisions/047). Domain code writes its
 * statements once, with `?` placeholders and double-quoted identifiers, as a generator:
 *
 *   function* () { if ((yield* run('DELETE … WHERE "id" = ?', id)).changes === 0) return false; … }
 *
 * Each `yield*` hands one statement to the database door and gets its result back. The SQLite door
 * runs the whole generator synchronously inside its group-commit transaction, so nothing can
 * interleave with it; the PostgreSQL door awaits each statement inside a transaction of its own.
 */

/** A value a statement may bind. SQLite has no boolean type: its door binds 1 and 0. */
export type SqlValue = string | number | boolean | null;

export type SqlRequest =
  | { readonly kind: "run" | "get" | "all"; readonly sql: string; readonly params: readonly SqlValue[] }
  | {
      readonly kind: "insert-unordered";
      readonly table: string;
      readonly row: Readonly<Record<string, SqlValue>>;
      /** Skip the row, changing nothing, when it would break a unique key. */
      readonly ifNew: boolean;
    };

export type RunResult = { changes: number };

/** Work on the database, run by a door: see the comment at the top. */
export type SqlWork<T> = Generator<SqlRequest, T, unknown>;

/** Runs a statement that returns no rows (INSERT, UPDATE, DELETE); `changes` counts the rows it touched. */
export function* run(sql: string, ...params: SqlValue[]): SqlWork<RunResult> {
  return (yield { kind: "run", sql, params }) as RunResult;
}

/** The first row of a query, or undefined; check it with zod, never cast it. */
export function* get(sql: string, ...params: SqlValue[]): SqlWork<unknown> {
  return yield { kind: "get", sql, params };
}

/** Every row of a query; check them with zod, never cast them. */
export function* all(sql: string, ...params: SqlValue[]): SqlWork<unknown[]> {
  return (yield { kind: "all", sql, params }) as unknown[];
}

/**
 * Inserts one row so that the table's physical order does not say when it arrived (docs/security.md,
 * "Arrival order"): SQLite gives it a random rowid; on PostgreSQL, whose heap keeps insertion order,
 * the arrival-order maintenance rewrites the table in the order of its random key. With `ifNew`, a
 * row that would break a unique key is skipped (`changes` 0) instead of failing.
 */
export function* insertUnordered(
  table: string,
  row: Record<string, SqlValue>,
  { ifNew = false }: { ifNew?: boolean } = {},
): SqlWork<RunResult> {
  return (yield { kind: "insert-unordered", table, row, ifNew }) as RunResult;
}

/** A boolean column as each database returns it: SQLite 0 or 1, PostgreSQL true or false. */
export const sqlBoolean = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((value) => value === true || value === 1);

/** A count as each database returns it: SQLite a number, PostgreSQL's bigint a string of digits. */
export const sqlCount = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(Number);

/** Drives `work` with `execute` until it returns; a failing statement is thrown into the work, at its `yield*`. */
export function driveSync<T>(work: SqlWork<T>, execute: (request: SqlRequest) => unknown): T {
  let step = work.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = execute(step.value);
    } catch (error) {
      step = work.throw(error);
      continue;
    }
    step = work.next(result);
  }
  return step.value;
}

/** `driveSync` for a door whose statements are asynchronous. */
export async function driveAsync<T>(
  work: SqlWork<T>,
  execute: (request: SqlRequest) => Promise<unknown>,
): Promise<T> {
  let step = work.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = await execute(step.value);
    } catch (error) {
      step = work.throw(error);
      continue;
    }
    step = work.next(result);
  }
  return step.value;
}

const quoted = (identifier: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`Not an identifier: ${identifier}`);
  return `"${identifier}"`;
};

/**
 * `INSERT INTO "table" ("a", "b") VALUES (?, ?)` for an insert-unordered request, with extra leading
 * columns whose values are SQL expressions (the SQLite door's random rowid). ON CONFLICT DO NOTHING
 * means the same on both databases.
 */
export function insertStatement(
  { table, row, ifNew }: Extract<SqlRequest, { kind: "insert-unordered" }>,
  expressions: Readonly<Record<string, string>> = {},
): { sql: string; params: SqlValue[] } {
  const columns = [...Object.keys(expressions), ...Object.keys(row)].map(quoted).join(", ");
  const values = [...Object.values(expressions), ...Object.keys(row).map(() => "?")].join(", ");
  const sql = `INSERT INTO ${quoted(table)} (${columns}) VALUES (${values})${ifNew ? " ON CONFLICT DO NOTHING" : ""}`;
  return { sql, params: Object.values(row) };
}

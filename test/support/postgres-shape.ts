// The shape of a PostgreSQL database that migrations must get right: tables, columns (name, type,
// nullability, default), indexes and constraints (primary, unique and foreign keys with their actions).
// Prisma's own history table is left out.
import pg from "pg";

export type PostgresShape = Record<string, { columns: string[]; indexes: string[]; constraints: string[] }>;

const COLUMNS = `
  SELECT c.relname AS "table", a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
    || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
    || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS "entry"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`;
const INDEXES = `SELECT tablename AS "table", indexdef AS "entry" FROM pg_indexes WHERE schemaname = 'public'`;
const CONSTRAINTS = `
  SELECT c.relname AS "table", k.conname || ' ' || pg_get_constraintdef(k.oid) AS "entry"
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'`;

export async function shapeOfPostgres(url: string): Promise<PostgresShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: PostgresShape = {};
    const parts = [
      ["columns", COLUMNS],
      ["indexes", INDEXES],
      ["constraints", CONSTRAINTS],
    ] as const;
    for (const [part, sql] of parts) {
      const { rows } = await client.query<{ table: string; entry: string }>(sql);
      for (const { table, entry } of rows) {
        if (table === "_prisma_migrations") continue;
        shape[table] ??= { columns: [], indexes: [], constraints: [] };
        shape[table][part].push(entry);
      }
    }
    for (const table of Object.values(shape)) for (const list of Object.values(table)) list.sort();
    return shape;
  } finally {
    await client.end();
  }
}

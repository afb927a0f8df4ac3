// npm run db:schema:postgresql
// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, THE schema: the same models with the
// postgresql provider and a client of its own in generated/prisma-postgresql. Column types need no
// native-type attributes (Prisma's PostgreSQL defaults — text, integer, boolean, timestamp(3) — fit).
// test/unit/postgresql-schema.test.ts fails when the committed copy is stale: run this after every
// change to prisma/schema.prisma (docs/decisions/044-postgresql-schema-and-migrations.md).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SOURCE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");

const HEADER = [
  "// GENERATED from prisma/schema.prisma by scripts/prisma/postgresql-schema.ts: do not edit;",
  "// change prisma/schema.prisma and run `npm run db:schema:postgresql`.",
  "",
].join("\n");

/** Replaces exactly one occurrence of `from`, or throws: the source schema's shape has changed. */
function replaceOnce(text: string, from: RegExp, to: string): string {
  const count = text.match(new RegExp(from.source, "g"))?.length ?? 0;
  if (count !== 1)
    throw new Error(`prisma/schema.prisma should contain ${from} once; it contains it ${count} times.`);
  return text.replace(from, to);
}

/** The PostgreSQL schema for a SQLite source schema's text. */
export function postgresqlSchemaFrom(source: string): string {
  let schema = replaceOnce(source, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  schema = replaceOnce(
    schema,
    /output\s*=\s*"\.\.\/generated\/prisma"/,
    'output     = "../../generated/prisma-postgresql"',
  );
  return HEADER + schema;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchemaFrom(readFileSync(SOURCE_SCHEMA, "utf8")));
  console.log(`Wrote ${POSTGRESQL_SCHEMA} from ${SOURCE_SCHEMA}.`);
}

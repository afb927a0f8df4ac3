// The PostgreSQL schema and migration history are kept in step with the SQLite ones
// (docs/decisions/044-postgresql-schema-and-migrations.md). No PostgreSQL server needed.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  POSTGRESQL_SCHEMA,
  SOURCE_SCHEMA,
  postgresqlSchemaFrom,
} from "../../scripts/prisma/postgresql-schema";
import { migrationChecksum, migrationsIn } from "../../server/postgres-migrations.js";
import { BASE_DB_FILE } from "../setup/migrated-base-db";

const folders = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the PostgreSQL schema is generated from prisma/schema.prisma", () => {
  it("the committed prisma/postgresql/schema.prisma is what the generator writes now (else: npm run db:schema:postgresql)", () => {
    const expected = postgresqlSchemaFrom(readFileSync(SOURCE_SCHEMA, "utf8"));
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(expected);
  });

  it("swaps only the provider and the client's folder", () => {
    const generated = postgresqlSchemaFrom(readFileSync(SOURCE_SCHEMA, "utf8"));
    expect(generated).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(generated).toContain('output     = "../../generated/prisma-postgresql"');
    expect(generated).not.toContain('"sqlite"');
    const models = (schema: string) => schema.slice(schema.indexOf("model "));
    expect(models(generated)).toBe(models(readFileSync(SOURCE_SCHEMA, "utf8")));
  });

  it("refuses a source schema whose datasource it does not recognise", () => {
    expect(() => postgresqlSchemaFrom('datasource db {\n  provider = "mysql"\n}')).toThrow(/"sqlite"/);
  });
});

describe("the two migration histories stay in step", () => {
  it("have the same migration folder names, in the same order", () => {
    const sqlite = folders("prisma/migrations");
    expect(sqlite.length).toBeGreaterThan(10);
    expect(folders("prisma/postgresql/migrations")).toEqual(sqlite);
  });

  it("each history's lock file names its provider", () => {
    expect(readFileSync("prisma/migrations/migration_lock.toml", "utf8")).toMatch(/provider = "sqlite"/);
    expect(readFileSync("prisma/postgresql/migrations/migration_lock.toml", "utf8")).toMatch(
      /provider = "postgresql"/,
    );
  });

  it("the runner computes the very checksums Prisma recorded for the SQLite history", () => {
    const recorded = new Database(BASE_DB_FILE, { readonly: true });
    try {
      const rows = recorded
        .prepare('SELECT "migration_name" AS name, "checksum" FROM "_prisma_migrations" ORDER BY name')
        .all() as { name: string; checksum: string }[];
      const ours = migrationsIn("prisma/migrations").map(({ name, checksum }) => ({ name, checksum }));
      expect(rows.length).toBe(ours.length);
      expect(ours).toEqual(rows);
      expect(migrationChecksum("x")).toBe("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
    } finally {
      recorded.close();
    }
  });
});

import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_DB_FILE } from "../setup/migrated-base-db";

type Shape = Record<string, { columns: string[]; indexes: string[] }>;

/** Tables, columns (name, type, not-null, default) and indexes — what a migration must get right. */
function shapeOf(db: Database.Database): Shape {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      {
        columns: (
          db.prepare(`PRAGMA table_info("${name}")`).all() as {
            name: string;
            type: string;
            notnull: number;
            dflt_value: string | null;
          }[]
        )
          .map((column) =>
            `${column.name} ${column.type} ${column.notnull ? "NOT NULL" : "NULL"} ${column.dflt_value ?? ""}`.trim(),
          )
          .sort(),
        indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
          .map((index) => `${index.name}${index.unique ? " UNIQUE" : ""}`)
          .sort(),
      },
    ]),
  );
}

describe("migrations match the Prisma schema", () => {
  it("applying every migration gives the same tables, columns and indexes as the schema declares", () => {
    const script = execFileSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    const fromSchema = new Database(":memory:");
    fromSchema.exec(script);
    const fromMigrations = new Database(BASE_DB_FILE, { readonly: true });
    try {
      expect(Object.keys(shapeOf(fromSchema)).length).toBeGreaterThan(5);
      expect(shapeOf(fromMigrations)).toEqual(shapeOf(fromSchema));
    } finally {
      fromSchema.close();
      fromMigrations.close();
    }
  });
});

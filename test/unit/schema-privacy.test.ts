import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASE_DB_FILE } from "../setup/migrated-base-db";
import { type Column, privacyViolations, RESPONDENT_TABLES } from "../support/privacy-columns";

function migratedColumns(): Column[] {
  const db = new Database(BASE_DB_FILE, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'",
      )
      .all() as { name: string }[];
    return tables.flatMap(({ name: table }) =>
      (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[]).map(
        (column) => ({
          table,
          name: column.name,
          type: column.type,
        }),
      ),
    );
  } finally {
    db.close();
  }
}

/** Fields as the Prisma schema declares them (model, field name, Prisma type). */
function schemaFields(): Column[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  return [...schema.matchAll(/model (\w+) \{([^}]*)\}/g)].flatMap(([, table = "", body = ""]) =>
    body
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^[a-zA-Z]\w*\s+\w/.test(line))
      .map((line) => {
        const [name = "", type = ""] = line.split(/\s+/);
        return { table, name, type };
      }),
  );
}

describe("privacy rule: no identifying column and no exact respondent time", () => {
  it("recognises the columns it must forbid (the check can fail)", () => {
    const forbidden: Column[] = [
      { table: "Response", name: "ipAddress", type: "TEXT" },
      { table: "Response", name: "user_agent", type: "TEXT" },
      { table: "ResumeDraft", name: "cookieId", type: "TEXT" },
      { table: "Response", name: "submittedAt", type: "DATETIME" },
      { table: "Response", name: "startedOn", type: "DATETIME" },
      { table: "AuditEvent", name: "remoteAddr", type: "TEXT" },
    ];
    expect(privacyViolations(forbidden)).toHaveLength(forbidden.length);
    expect(privacyViolations([{ table: "Response", name: "submittedOn", type: "TEXT" }])).toEqual([]);
  });

  it("the migrated database has no such column", () => {
    const columns = migratedColumns();
    expect(columns.map((column) => column.table)).toEqual(expect.arrayContaining(RESPONDENT_TABLES));
    expect(privacyViolations(columns)).toEqual([]);
  });

  it("the Prisma schema declares no such field", () => {
    const fields = schemaFields();
    expect(fields.some((field) => field.table === "Response" && field.name === "answers")).toBe(true);
    expect(privacyViolations(fields)).toEqual([]);
  });

  it("respondent rows get random ids, not time-ordered ones (cuid and ULID embed the creation time)", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    for (const model of RESPONDENT_TABLES) {
      const body = new RegExp(`model ${model} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
      // A row that belongs to one response is keyed by that response's random id.
      expect(body, model).toMatch(/\bid\s+String\s+@id @default\(uuid\(4\)\)|\bresponseId\s+String\s+@id\s/);
    }
  });
});

// Every table the app writes with insertUnordered (random keys, no arrival order: app/database/sql.ts)
// must be rewritten by the PostgreSQL maintenance too, or its heap order and xmin would still say who
// answered before whom. A new insertUnordered table fails here until UNORDERED_TABLES names it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNORDERED_TABLES } from "../../../server/postgres-arrival-order.js";

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The first argument of every insertUnordered( call in app/, which must be a string literal. */
function tablesWrittenUnordered(): { tables: Set<string>; calls: number } {
  const tables = new Set<string>();
  let calls = 0;
  for (const file of sourceFiles("app")) {
    for (const match of readFileSync(file, "utf8").matchAll(/\binsertUnordered\(\s*([^,)]*)/g)) {
      const argument = match[1] ?? "";
      if (/^table\b/.test(argument) && file.endsWith(path.join("database", "sql.ts"))) continue; // its definition
      calls += 1;
      tables.add(/^"(\w+)"$/.exec(argument.trim())?.[1] ?? `not a string literal in ${file}: ${argument}`);
    }
  }
  return { tables, calls };
}

describe("the tables the PostgreSQL arrival-order maintenance rewrites", () => {
  it("include every table the app writes with insertUnordered", () => {
    const { tables, calls } = tablesWrittenUnordered();
    expect(calls).toBeGreaterThanOrEqual(5); // the grep still finds the calls
    expect([...tables].filter((table) => !(table in UNORDERED_TABLES))).toEqual([]);
    expect(Object.keys(UNORDERED_TABLES).sort()).toEqual([...tables].sort());
  });
});

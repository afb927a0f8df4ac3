import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { generateSyntheticPanel } from "../analysis";
import type { InstrumentDefinition } from "../instrument/definition-schema";

// As app/respondent/completion.server.ts writes a response: random rowid and id, in arrival order.
const INSERT = `INSERT INTO "Response"
  ("rowid", "id", "instrumentVersionId", "answers", "completion", "submittedOn", "presentation", "durationSeconds", "pageSeconds", "language", "flags")
  VALUES (random(), ?, ?, ?, 'complete', ?, ?, ?, ?, ?, '[]')`;

type PanelRow = ReturnType<typeof generateSyntheticPanel>[number];

/** A row's values in the order of the INSERT statements' placeholders. */
function responseValues(row: PanelRow, versionId: string) {
  return [
    randomUUID(),
    versionId,
    JSON.stringify(row.answers),
    row.submittedOn,
    JSON.stringify(row.presentation),
    row.durationSeconds,
    JSON.stringify(row.pageSeconds),
    row.language,
  ] as const;
}

/** Adds `count` synthetic responses (analysis/synthetic-panel.ts) to a database file, 1,000 per transaction. */
export function writeSyntheticResponses(
  file: string,
  versionId: string,
  definition: InstrumentDefinition,
  count: number,
): void {
  const panel = generateSyntheticPanel(definition, { n: count, seed: 1 });
  const database = new Database(file);
  try {
    database.pragma("journal_mode = WAL");
    const insert = database.prepare(INSERT);
    const writeBatch = database.transaction((rows: typeof panel) => {
      for (const row of rows) {
        insert.run(...responseValues(row, versionId));
      }
    });
    for (let start = 0; start < panel.length; start += 1000) writeBatch(panel.slice(start, start + 1000));
    database.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    database.close();
  }
}

const COLUMNS = `"id", "instrumentVersionId", "answers", "completion", "submittedOn", "presentation", "durationSeconds", "pageSeconds", "language", "flags"`;

/**
 * The same synthetic responses written to a PostgreSQL database, 1,000 per statement and transaction. No
 * maintenance afterwards: the order of the table is not what this writer is for (the analysis reads by key).
 */
export async function writeSyntheticResponsesToPostgres(
  url: string,
  versionId: string,
  definition: InstrumentDefinition,
  count: number,
): Promise<void> {
  const panel = generateSyntheticPanel(definition, { n: count, seed: 1 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let start = 0; start < panel.length; start += 1000) {
      const rows = panel.slice(start, start + 1000);
      const values: unknown[] = [];
      const tuples = rows.map((row) => {
        const first = values.length;
        values.push(...responseValues(row, versionId));
        const p = (offset: number) => `$${first + offset}`;
        return `(${p(1)}, ${p(2)}, ${p(3)}, 'complete', ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, '[]')`;
      });
      await client.query(`INSERT INTO "Response" (${COLUMNS}) VALUES ${tuples.join(", ")}`, values);
    }
  } finally {
    await client.end();
  }
}

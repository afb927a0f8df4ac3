import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { generateSyntheticPanel } from "../analysis";
import type { InstrumentDefinition } from "../instrument/definition-schema";

// As app/respondent/completion.server.ts writes a response: random rowid and id, in arrival order.
const INSERT = `INSERT INTO "Response"
  ("rowid", "id", "instrumentVersionId", "answers", "completion", "submittedOn", "presentation", "durationSeconds", "pageSeconds", "language", "flags")
  VALUES (random(), ?, ?, ?, 'complete', ?, ?, ?, ?, ?, '[]')`;

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
        insert.run(
          randomUUID(),
          versionId,
          JSON.stringify(row.answers),
          row.submittedOn,
          JSON.stringify(row.presentation),
          row.durationSeconds,
          JSON.stringify(row.pageSeconds),
          row.language,
        );
      }
    });
    for (let start = 0; start < panel.length; start += 1000) writeBatch(panel.slice(start, start + 1000));
    database.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    database.close();
  }
}

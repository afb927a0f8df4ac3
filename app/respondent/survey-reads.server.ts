import { readCommitted, statement } from "~/db.server";
import type { InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import { type RespondentSurvey, SURVEY_STATUSES } from "~/surveys/surveys.server";
import { instrumentDefinitionSchema, type InstrumentDefinition } from "../../instrument/definition-schema";

/*
 * The survey and instrument reads every respondent request makes, as prepared statements
 * (the hot path of bench/load.ts). They return the same shapes as app/surveys/*, which the
 * lab keeps using through Prisma.
 */

type SurveyRow = { id: string; slug: string; title: string; status: string; requiresInvitation: number };
type VersionRow = { id: string; version: number; contentHash: string };

export async function findSurveyForRespondent(slug: string): Promise<RespondentSurvey | null> {
  const row = await readCommitted(
    (db) =>
      statement(db, 'SELECT "id", "slug", "title", "status", "requiresInvitation" FROM "Survey" WHERE "slug" = ?').get(slug) as
        SurveyRow | undefined,
  );
  if (!row) return null;
  const status = SURVEY_STATUSES.find((candidate) => candidate === row.status);
  if (!status) throw new Error(`Survey ${row.slug} has an unknown status "${row.status}"`);
  // SQLite keeps booleans as 0 and 1.
  return { ...row, status, requiresInvitation: row.requiresInvitation === 1 };
}

// A version's definition is parsed once per content hash: parsing and checking it costs far more
// than the request it serves.
const parsedDefinitions = new Map<string, InstrumentDefinition>();

async function withDefinition(row: VersionRow | undefined): Promise<InstrumentVersionRecord | null> {
  if (!row) return null;
  const key = `${row.id}:${row.contentHash}`;
  let definition = parsedDefinitions.get(key);
  if (!definition) {
    const json = await readCommitted(
      (db) =>
        (
          statement(db, 'SELECT "definition" FROM "InstrumentVersion" WHERE "id" = ?').get(row.id) as {
            definition: string;
          }
        ).definition,
    );
    definition = instrumentDefinitionSchema.parse(JSON.parse(json));
    parsedDefinitions.set(key, definition);
  }
  return { ...row, definition };
}

const VERSION_COLUMNS = '"id", "version", "contentHash"';

export async function instrumentVersionById(id: string): Promise<InstrumentVersionRecord | null> {
  return withDefinition(
    await readCommitted(
      (db) =>
        statement(db, `SELECT ${VERSION_COLUMNS} FROM "InstrumentVersion" WHERE "id" = ?`).get(id) as
          VersionRow | undefined,
    ),
  );
}

export async function latestInstrumentVersion(surveyId: string): Promise<InstrumentVersionRecord | null> {
  return withDefinition(
    await readCommitted(
      (db) =>
        statement(
          db,
          `SELECT ${VERSION_COLUMNS} FROM "InstrumentVersion" WHERE "surveyId" = ? ORDER BY "version" DESC LIMIT 1`,
        ).get(surveyId) as VersionRow | undefined,
    ),
  );
}

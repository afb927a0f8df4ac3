import { createHash } from "node:crypto";
import { z } from "zod";
import { get } from "~/database/sql";
import { prisma, readCommitted } from "~/db.server";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../instrument/definition-schema";

export type InstrumentVersionRecord = {
  id: string;
  version: number;
  contentHash: string;
  definition: InstrumentDefinition;
};

/** JSON with keys sorted at every level, so equal definitions always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function definitionHash(definition: InstrumentDefinition): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}

// Rows are checked, not cast: a migration that renames a column fails here, loudly.
const versionRow = z
  .object({ id: z.string(), version: z.number().int(), contentHash: z.string() })
  .optional();
const definitionRow = z.object({ definition: z.string() }).optional();
type VersionRow = NonNullable<z.infer<typeof versionRow>>;

// The one definition cache of the process. A version's definition is parsed once: parsing and checking
// it costs far more than the request it serves. Keyed by id and hash, although answered versions never
// change (a trigger refuses it), so that no edit of an unanswered one could be served stale.
const parsedDefinitions = new Map<string, InstrumentDefinition>();
const cacheKey = (row: VersionRow) => `${row.id}:${row.contentHash}`;

const SELECT_DEFINITION = 'SELECT "definition" FROM "InstrumentVersion" WHERE "id" = ?';

async function withDefinition(row: VersionRow | undefined): Promise<InstrumentVersionRecord | null> {
  if (!row) return null;
  let definition = parsedDefinitions.get(cacheKey(row));
  if (!definition) {
    const stored = definitionRow.parse(await readCommitted(() => get(SELECT_DEFINITION, row.id)));
    if (!stored) return null;
    definition = instrumentDefinitionSchema.parse(JSON.parse(stored.definition));
    parsedDefinitions.set(cacheKey(row), definition);
  }
  return { id: row.id, version: row.version, contentHash: row.contentHash, definition };
}

// Plain SQL, not Prisma: the respondent's every request reads a version (the hot path of bench/load.ts).
const VERSION_COLUMNS = '"id", "version", "contentHash"';
const VERSION_BY_ID = `SELECT ${VERSION_COLUMNS} FROM "InstrumentVersion" WHERE "id" = ?`;
const LATEST_VERSION = `SELECT ${VERSION_COLUMNS} FROM "InstrumentVersion" WHERE "surveyId" = ? ORDER BY "version" DESC LIMIT 1`;

export async function instrumentVersionById(id: string): Promise<InstrumentVersionRecord | null> {
  return withDefinition(versionRow.parse(await readCommitted(() => get(VERSION_BY_ID, id))));
}

export async function latestInstrumentVersion(surveyId: string): Promise<InstrumentVersionRecord | null> {
  return withDefinition(versionRow.parse(await readCommitted(() => get(LATEST_VERSION, surveyId))));
}

/**
 * Adds a definition as the survey's next version, or returns the latest version when the
 * definition is unchanged. Existing versions are never edited: responses keep the version
 * they answered.
 */
export async function addInstrumentVersion(
  surveyId: string,
  definition: InstrumentDefinition,
): Promise<InstrumentVersionRecord> {
  const contentHash = definitionHash(definition);
  const latest = await latestInstrumentVersion(surveyId);
  if (latest?.contentHash === contentHash) return latest;
  const row = await prisma.instrumentVersion.create({
    data: {
      surveyId,
      version: (latest?.version ?? 0) + 1,
      definition: JSON.stringify(definition),
      contentHash,
    },
    select: { id: true, version: true, contentHash: true },
  });
  const added = await withDefinition(row);
  if (!added) throw new Error(`Instrument version ${row.id} was added but cannot be read back`);
  return added;
}

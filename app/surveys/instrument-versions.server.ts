import { createHash } from "node:crypto";
import { prisma } from "~/db.server";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../instrument/definition-schema";

export type InstrumentVersionRecord = { id: string; version: number; contentHash: string; definition: InstrumentDefinition };

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

// Versions never change once written, so a parsed definition can be kept for the process lifetime.
const parsedDefinitions = new Map<string, InstrumentDefinition>();

function toRecord(row: { id: string; version: number; contentHash: string; definition: string }): InstrumentVersionRecord {
  let definition = parsedDefinitions.get(row.id);
  if (!definition) {
    definition = instrumentDefinitionSchema.parse(JSON.parse(row.definition));
    parsedDefinitions.set(row.id, definition);
  }
  return { id: row.id, version: row.version, contentHash: row.contentHash, definition };
}

const versionColumns = { id: true, version: true, contentHash: true, definition: true } as const;

export async function latestInstrumentVersion(surveyId: string): Promise<InstrumentVersionRecord | null> {
  const row = await prisma.instrumentVersion.findFirst({ where: { surveyId }, orderBy: { version: "desc" }, select: versionColumns });
  return row ? toRecord(row) : null;
}

export async function instrumentVersionById(id: string): Promise<InstrumentVersionRecord | null> {
  const row = await prisma.instrumentVersion.findUnique({ where: { id }, select: versionColumns });
  return row ? toRecord(row) : null;
}

/**
 * Adds a definition as the survey's next version, or returns the latest version when the
 * definition is unchanged. Existing versions are never edited: responses keep the version
 * they answered.
 */
export async function addInstrumentVersion(surveyId: string, definition: InstrumentDefinition): Promise<InstrumentVersionRecord> {
  const contentHash = definitionHash(definition);
  const latest = await latestInstrumentVersion(surveyId);
  if (latest?.contentHash === contentHash) return latest;
  const row = await prisma.instrumentVersion.create({
    data: { surveyId, version: (latest?.version ?? 0) + 1, definition: JSON.stringify(definition), contentHash },
    select: versionColumns,
  });
  return toRecord(row);
}

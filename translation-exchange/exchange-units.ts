import { createHash } from "node:crypto";
import { type MessageId, sourceCatalog } from "../app/i18n/catalog-en";
import { catalogMessage } from "../app/i18n/catalogs";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import { localizedTexts, type TextPath } from "../instrument/localized-texts";
import { locationNote } from "./location-note";

/** One text to translate: a stable id, the English, the translation when there is one, and where it appears. */
export type ExchangeUnit = {
  id: string;
  source: string;
  target?: string | undefined;
  note: string;
};

/** A definition unit also knows where its text sits, so an import can put the translation back. */
export type DefinitionUnit = ExchangeUnit & { path: TextPath };

/** What an exchange file was made for. Survey and version are absent for a definition read from a file. */
export type ExchangeOrigin = {
  survey?: string | undefined;
  version?: number | undefined;
  definitionId: string;
  /** SHA-256 of every unit's id and English source: any change of the English changes it. */
  sourceHash: string;
};

export const DEFINITION_PREFIX = "definition:";
export const CHROME_PREFIX = "chrome:";

// Unit ids are XML NMTOKENs (XLIFF 2.0): letters, digits, ".", "-", "_" and ":", so no "/".
const unsafe = /[^A-Za-z0-9_-]/g;

/** A path segment: an array entry by its id (pages, items, rows, scales) or option code when it has one. */
function segment(container: unknown, key: string | number): string {
  if (typeof key === "string") return key.replace(unsafe, "_");
  const entry: unknown = Array.isArray(container) ? container[key] : undefined;
  if (typeof entry === "object" && entry !== null) {
    if ("id" in entry && typeof entry.id === "string") return entry.id.replace(unsafe, "_");
    if ("code" in entry && typeof entry.code === "number") return `code${entry.code}`;
  }
  return String(key);
}

const child = (value: unknown, key: string | number): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;

/** Every text of the definition as a unit, with its translation into `language` when the definition has one. */
export function definitionUnits(definition: InstrumentDefinition, language: string): DefinitionUnit[] {
  const seen = new Set<string>();
  return localizedTexts(definition).map(({ path, text }) => {
    let parent: unknown = definition;
    const segments = path.map((key) => {
      const name = segment(parent, key);
      parent = child(parent, key);
      return name;
    });
    let id = `${DEFINITION_PREFIX}${segments.join(".")}`;
    // Two record keys that differ only in characters an id cannot hold: the later one gets a suffix.
    for (let n = 2; seen.has(id); n++) id = `${DEFINITION_PREFIX}${segments.join(".")}-${n}`;
    seen.add(id);
    return { id, path, source: text.en, target: text[language], note: locationNote(definition, path) };
  });
}

/** Every message of the interface catalog as a unit, with `language`'s translation when its catalog has one. */
export function chromeUnits(language: string): ExchangeUnit[] {
  return (Object.keys(sourceCatalog) as MessageId[]).map((id) => ({
    id: `${CHROME_PREFIX}${id}`,
    source: sourceCatalog[id].message,
    target: catalogMessage(language, id),
    note: sourceCatalog[id].context,
  }));
}

/** The hash of the units' ids and English sources, recorded in the file it was made for. */
export function sourceHash(units: readonly ExchangeUnit[]): string {
  const hash = createHash("sha256");
  for (const unit of units) hash.update(`${unit.id}\u0000${unit.source}\u0000`);
  return hash.digest("hex");
}

import { TRANSLATIONS } from "../app/i18n/catalogs";
import type { TranslationCatalog } from "../app/i18n/catalog-types";
import type { MessageId } from "../app/i18n/catalog-en";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../instrument/definition-schema";
import type { TextPath } from "../instrument/localized-texts";
import { chromeProblems, incompleteProblem, originProblem, unitProblems } from "./check-exchange";
import {
  CHROME_PREFIX,
  chromeUnits,
  definitionUnits,
  type ExchangeOrigin,
  type ExchangeUnit,
  sourceHash,
} from "./exchange-units";
import { ExchangeFormatError, type ReadExchange, readXliff } from "./read-xliff";
import { writeXliff } from "./write-xliff";

/** The definition a file is exported from or imported into; survey and version when it is in the database. */
export type CurrentDefinition = { definition: InstrumentDefinition; survey?: string; version?: number };

function unitsAndOrigin(current: CurrentDefinition, language: string) {
  const units: ExchangeUnit[] = [...definitionUnits(current.definition, language), ...chromeUnits(language)];
  const origin: ExchangeOrigin = {
    survey: current.survey,
    version: current.version,
    definitionId: current.definition.id,
    sourceHash: sourceHash(units),
  };
  return { units, origin };
}

/**
 * The XLIFF 2.0 file for translating one definition version and the interface into `language`. With `earlier`, a
 * file exported before (for the same language), a unit without a translation takes the earlier file's target when
 * its id and English are unchanged, and the earlier file's own notes (not its instructions) are kept: a stale
 * translation is brought up to date without retyping it, and a changed text is left for the translator.
 */
export function exportTranslation(
  current: CurrentDefinition,
  language: string,
  earlier?: ReadExchange,
): string {
  const { units, origin } = unitsAndOrigin(current, language);
  if (!earlier) return writeXliff(language, origin, units);
  if (earlier.language !== language)
    throw new Error(`exportTranslation: the earlier file is in ${earlier.language}, not ${language}`);
  const before = new Map(earlier.units.map((unit) => [unit.id, unit]));
  const carried = units.map((unit) => {
    const old = before.get(unit.id);
    return unit.target === undefined && old?.source === unit.source ? { ...unit, target: old.target } : unit;
  });
  const notes = earlier.notes.filter((note) => note.category !== "instructions");
  return writeXliff(language, origin, carried, notes);
}

export type ImportFile = { name: string; text: string };
export type ImportOutcome =
  | { ok: true; definition: InstrumentDefinition; catalogs: TranslationCatalog[] }
  | { ok: false; problems: string[] };
type FileOutcome =
  { ok: true; language: string; translations: Map<string, string> } | { ok: false; problems: string[] };

function checkFile(current: CurrentDefinition, file: ImportFile): FileOutcome {
  let read;
  try {
    read = readXliff(file.text);
  } catch (error) {
    if (error instanceof ExchangeFormatError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const { units, origin } = unitsAndOrigin(current, read.language);
  const wrongOrigin = originProblem(read.origin, origin);
  if (wrongOrigin) return { ok: false, problems: [wrongOrigin] };
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const translations = new Map(
    read.units.flatMap((unit) => (unit.target === undefined ? [] : [[unit.id, unit.target] as const])),
  );
  const problems = [
    ...unitProblems(read.units, byId),
    ...chromeProblems(read.language, translations),
    incompleteProblem(units, translations),
  ].filter((problem): problem is string => problem !== null);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, language: read.language, translations };
}

function setText(definition: unknown, path: TextPath, language: string, text: string) {
  const target = path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], definition);
  (target as Record<string, string>)[language] = text;
}

/** The definition with `language`'s texts in place, the language listed, and every scale's wording a draft. */
function mergeDefinition(
  definition: InstrumentDefinition,
  language: string,
  translations: Map<string, string>,
) {
  const merged = structuredClone(definition);
  for (const unit of definitionUnits(definition, language))
    setText(merged, unit.path, language, translations.get(unit.id)!);
  if (!merged.languages.includes(language)) merged.languages.push(language);
  if (merged.scales.length > 0) {
    // Our translation of a scale is a draft; a published, validated one is marked by hand with its citation.
    const scales = merged.translations?.[language]?.scales ?? {};
    for (const scale of merged.scales) scales[scale.id] ??= { status: "draft" };
    merged.translations = { ...merged.translations, [language]: { scales } };
  }
  return merged;
}

function chromeCatalog(language: string, translations: Map<string, string>): TranslationCatalog {
  const messages = Object.fromEntries(
    [...translations]
      .filter(([id]) => id.startsWith(CHROME_PREFIX))
      .map(([id, text]) => [id.slice(CHROME_PREFIX.length) as MessageId, text]),
  );
  return { language, status: TRANSLATIONS.get(language)?.status ?? "draft", messages };
}

/**
 * Reads translation files back, all or nothing: each must be XLIFF 2.0 made for this definition (and version),
 * name only units that exist, carry the English it was made from, have readable ICU with every plural category in
 * the interface messages, and translate every text. Then the definition gains each file's language (texts,
 * listing, draft status per scale) and each language gets its interface catalog.
 */
export function importTranslations(current: CurrentDefinition, files: readonly ImportFile[]): ImportOutcome {
  const checked = files.map((file) => ({ file, outcome: checkFile(current, file) }));
  const problems = checked.flatMap(({ file, outcome }) =>
    outcome.ok ? [] : outcome.problems.map((problem) => `${file.name}: ${problem}`),
  );
  const done = checked.flatMap(({ outcome }) => (outcome.ok ? [outcome] : []));
  const languages = done.map((outcome) => outcome.language);
  const twice = languages.filter((language, index) => languages.indexOf(language) !== index);
  if (twice.length > 0)
    problems.push(`Two files translate into ${twice.join(", ")}: import one per language.`);
  if (problems.length > 0) return { ok: false, problems };
  const definition = done.reduce(
    (merged, outcome) => mergeDefinition(merged, outcome.language, outcome.translations),
    current.definition,
  );
  const parsed = instrumentDefinitionSchema.safeParse(definition);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `The merged definition is not valid: ${issue.path.join(".")}: ${issue.message}`,
      ),
    };
  return {
    ok: true,
    definition: parsed.data,
    catalogs: done.map((o) => chromeCatalog(o.language, o.translations)),
  };
}

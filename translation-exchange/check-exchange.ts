import { checkCatalog } from "../app/i18n/catalog-check";
import { CHROME_PREFIX, type ExchangeOrigin, type ExchangeUnit } from "./exchange-units";
import type { ReadExchange, ReadUnit } from "./read-xliff";

/** How many ids a message names before "and N more". */
const NAMED = 5;

/** "a, b, c and 4 more". */
export function someOf(ids: readonly string[]): string {
  const named = ids.slice(0, NAMED).join(", ");
  return ids.length > NAMED ? `${named} and ${ids.length - NAMED} more` : named;
}

const describeOrigin = (origin: Partial<ExchangeOrigin>) =>
  [
    origin.survey === undefined ? `definition "${origin.definitionId}"` : `survey "${origin.survey}"`,
    origin.version === undefined ? null : `version ${origin.version}`,
  ]
    .filter(Boolean)
    .join(" ");

/**
 * Whether a file was made for this definition: the same definition id and, when both say, the same survey and
 * version. A file exported from a definition file before its survey existed fits that survey's versions as long
 * as the English has not changed (which the unit checks see).
 */
export function originProblem(file: ReadExchange["origin"], current: ExchangeOrigin): string | null {
  if (file.definitionId === undefined)
    return "The file does not say which definition it was made for (its <mda:metadata> is missing): export it again with npm run i18n:export.";
  const differs =
    file.definitionId !== current.definitionId ||
    (file.survey !== undefined && current.survey !== undefined && file.survey !== current.survey) ||
    (file.version !== undefined && current.version !== undefined && file.version !== current.version);
  if (!differs) return null;
  return `The file was made for ${describeOrigin(file)}, but the current definition is ${describeOrigin(current)}. Export the file again from the current version and carry the translations over.`;
}

/** Unknown ids and changed English, each naming the unit (and, for a change, both texts). */
export function unitProblems(fileUnits: readonly ReadUnit[], current: ReadonlyMap<string, ExchangeUnit>) {
  const unknown = fileUnits.filter((unit) => !current.has(unit.id)).map((unit) => unit.id);
  const problems: string[] = [];
  if (unknown.length > 0)
    problems.push(
      `${unknown.length} unit${unknown.length === 1 ? "" : "s"} of the file ${unknown.length === 1 ? "is" : "are"} not in the current definition or interface catalog: ${someOf(unknown)}.`,
    );
  for (const unit of fileUnits) {
    const now = current.get(unit.id);
    if (now && now.source !== unit.source)
      problems.push(
        `Unit ${unit.id}: the English changed since the file was made, so its translation may no longer fit.\n    In the file: ${JSON.stringify(unit.source)}\n    Now:         ${JSON.stringify(now.source)}`,
      );
  }
  return problems;
}

const languageName = (language: string) =>
  new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;

/** ICU problems of the interface translations, by catalog-check's rules (readable, every plural category). */
export function chromeProblems(language: string, translations: ReadonlyMap<string, string>): string[] {
  const messages = Object.fromEntries(
    [...translations]
      .filter(([id]) => id.startsWith(CHROME_PREFIX))
      .map(([id, text]) => [id.slice(CHROME_PREFIX.length), text]),
  );
  return checkCatalog(language, messages).flatMap((problem) => {
    const unit = `Unit ${CHROME_PREFIX}${problem.id}`;
    if (problem.kind === "unreadable")
      return [
        `${unit}: the translation is not readable ICU MessageFormat (${problem.detail}): ${JSON.stringify(messages[problem.id])}`,
      ];
    if (problem.kind === "missing-plural-category")
      return [
        `${unit}: the plural of {${problem.argument}} lacks the "${problem.category}" form, which ${languageName(language)} needs.`,
      ];
    return [];
  });
}

/** The current units the file leaves untranslated (or lacks), as an "incomplete" message; null when none. */
export function incompleteProblem(
  current: readonly ExchangeUnit[],
  translations: ReadonlyMap<string, string>,
): string | null {
  const untranslated = current.filter((unit) => !translations.has(unit.id)).map((unit) => unit.id);
  if (untranslated.length === 0) return null;
  return `Incomplete: ${untranslated.length} of ${current.length} texts have no translation: ${someOf(untranslated)}. A language is offered to respondents only when every text is translated.`;
}

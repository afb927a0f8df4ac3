import IntlMessageFormat from "intl-messageformat";
import { type MessageId, sourceCatalog } from "./catalog-en";
import { SOURCE_LANGUAGE, TRANSLATIONS } from "./catalogs";

type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

export type CatalogProblem =
  | { id: string; kind: "missing" }
  | { id: string; kind: "unreadable"; detail: string }
  | { id: string; kind: "missing-plural-category"; argument: string; category: string };

const SOURCE_IDS = Object.keys(sourceCatalog) as MessageId[];

/** Every plural argument of a message, however deep (inside a select's or another plural's branches, or a tag). */
function pluralArguments(
  elements: readonly MessageElement[],
): { name: string; ordinal: boolean; keys: string[] }[] {
  return elements.flatMap((element) => {
    const nested =
      "options" in element
        ? Object.values(element.options).flatMap((option) => pluralArguments(option.value))
        : "children" in element
          ? pluralArguments(element.children)
          : [];
    // A plural element is the one kind with a pluralType (the parser's TYPE enum is not a dependency of ours).
    if (!("pluralType" in element)) return nested;
    const keys = Object.keys(element.options);
    return [{ name: element.value, ordinal: element.pluralType === "ordinal", keys }, ...nested];
  });
}

/** What a message in `language` lacks: the plural categories that language's rules (CLDR) distinguish. */
function messageProblems(language: string, id: string, message: string): CatalogProblem[] {
  let ast: MessageElement[];
  try {
    ast = new IntlMessageFormat(message, language).getAst();
  } catch (error) {
    return [{ id, kind: "unreadable", detail: error instanceof Error ? error.message : String(error) }];
  }
  return pluralArguments(ast).flatMap(({ name, ordinal, keys }) =>
    new Intl.PluralRules(language, { type: ordinal ? "ordinal" : "cardinal" })
      .resolvedOptions()
      .pluralCategories.filter((category) => !keys.includes(category))
      .map((category) => ({ id, kind: "missing-plural-category" as const, argument: name, category })),
  );
}

/**
 * Whether `messages` can stand in for the source catalog in `language`: every id of the English catalog is there,
 * readable as ICU MessageFormat, with every plural category `language` needs (Spanish needs one, many and other).
 */
export function checkCatalog(language: string, messages: Partial<Record<string, string>>): CatalogProblem[] {
  return SOURCE_IDS.flatMap((id) => {
    const message = messages[id];
    return message === undefined
      ? [{ id, kind: "missing" as const }]
      : messageProblems(language, id, message);
  });
}

let complete: ReadonlySet<string> | undefined;

/** The languages whose interface catalog is complete: English, and each shipped translation without problems. */
export function completeInterfaceLanguages(): ReadonlySet<string> {
  complete ??= new Set([
    SOURCE_LANGUAGE,
    ...[...TRANSLATIONS.values()]
      .filter((catalog) => checkCatalog(catalog.language, catalog.messages).length === 0)
      .map((catalog) => catalog.language),
  ]);
  return complete;
}

import IntlMessageFormat from "intl-messageformat";
import { sourceCatalog } from "./catalog-en";
import type { TranslationCatalog } from "./catalog-types";

/**
 * Chrome's and Android's bidi pseudo-locale: English shown right-to-left, so a right-to-left layout can be tested
 * without inventing a translation. Never offered to real respondents (catalogs.ts registers it only when
 * PSEUDO_LOCALES=1; docs/decisions/055).
 */
export const PSEUDO_BIDI_LANGUAGE = "ar-XB";

const RIGHT_TO_LEFT_MARK = "\u200F";
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const POP_DIRECTIONAL_FORMATTING = "\u202C";

/**
 * English text forced right-to-left, word by word as Android's pseudo-localizer does: "Step 2 of 3" displays as
 * "3 fo 2 petS", read from the right as Arabic would be. The marks around each word keep spaces and numbers
 * between words in right-to-left order.
 */
export function pseudoBidiText(text: string): string {
  return text.replace(
    /\S+/g,
    (word) =>
      `${RIGHT_TO_LEFT_MARK}${RIGHT_TO_LEFT_OVERRIDE}${word}${POP_DIRECTIONAL_FORMATTING}${RIGHT_TO_LEFT_MARK}`,
  );
}

type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

// In ICU MessageFormat an apostrophe quotes; doubling it always means one apostrophe, and a quoted piece
// holding braces, # or < is literal text.
const quoteLiteral = (text: string) =>
  text.replace(/'/g, "''").replace(/[{}#<]+/g, (syntax) => `'${syntax}'`);

function printOptions(
  options: Record<string, { value: MessageElement[] }>,
  extraCategories: readonly string[],
): string {
  const other = options.other;
  const filled = Object.entries(options).concat(
    other
      ? extraCategories.filter((category) => !(category in options)).map((category) => [category, other])
      : [],
  );
  return filled.map(([key, option]) => `${key} {${printElements(option.value, extraCategories)}}`).join(" ");
}

/** One element of a parsed message written back with its literal text wrapped right-to-left. */
function printElement(element: MessageElement, pluralCategories: readonly string[]): string {
  if ("pluralType" in element) {
    const keyword = element.pluralType === "ordinal" ? "selectordinal" : "plural";
    const offset = element.offset ? `offset:${element.offset} ` : "";
    return `{${element.value}, ${keyword}, ${offset}${printOptions(element.options, pluralCategories)}}`;
  }
  if ("options" in element) return `{${element.value}, select, ${printOptions(element.options, [])}}`;
  if ("children" in element)
    return `<${element.value}>${printElements(element.children, pluralCategories)}</${element.value}>`;
  if (element.type === 0) return pseudoBidiText(quoteLiteral(element.value));
  if (element.type === 7) return "#";
  if (element.type === 1) return `{${element.value}}`;
  if (element.type === 2 && element.style === null) return `{${element.value}, number}`;
  throw new Error(`pseudoBidiMessage cannot write a message element of type ${element.type}`);
}

function printElements(elements: readonly MessageElement[], pluralCategories: readonly string[]): string {
  return elements.map((element) => printElement(element, pluralCategories)).join("");
}

/**
 * An ICU message with its literal text forced right-to-left and its arguments, plurals and tags kept. Plurals
 * gain the categories of the pseudo-locale's rules (Arabic's: zero, one, two, few, many, other), worded as "other".
 */
export function pseudoBidiMessage(message: string): string {
  const categories = new Intl.PluralRules(PSEUDO_BIDI_LANGUAGE).resolvedOptions().pluralCategories;
  return printElements(new IntlMessageFormat(message, "en").getAst(), categories);
}

/** The interface catalog in the bidi pseudo-locale, generated from the English source. */
export function pseudoBidiCatalog(): TranslationCatalog {
  const messages = Object.fromEntries(
    Object.entries(sourceCatalog).map(([id, { message }]) => [id, pseudoBidiMessage(message)]),
  );
  return { language: PSEUDO_BIDI_LANGUAGE, status: "pseudo", messages };
}

import IntlMessageFormat from "intl-messageformat";
import { sourceCatalog } from "~/i18n/catalog-en";
import { catalogMessage } from "~/i18n/catalogs";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];

function literals(elements: readonly Element[]): string[] {
  return elements.flatMap((element) => {
    if ("options" in element)
      return Object.values(element.options).flatMap((option) => literals(option.value));
    if ("children" in element) return literals(element.children);
    return element.type === 0 ? [element.value] : [];
  });
}

/**
 * The literal pieces of every English catalog message ("Step ", " of ", "Save and finish later"), trimmed, minus
 * those the translation of the same id also contains ("Error:" is Spanish too) and pieces of punctuation only.
 */
export function englishFragments(language: string): string[] {
  const fragments = Object.entries(sourceCatalog).flatMap(([id, { message }]) => {
    const translated = catalogMessage(language, id as keyof typeof sourceCatalog) ?? "";
    return literals(new IntlMessageFormat(message, "en").getAst())
      .map((piece) => piece.trim())
      .filter((piece) => /[A-Za-z]{2}/.test(piece) && !translated.includes(piece));
  });
  return [...new Set(fragments)];
}

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Chrome words that were English before the catalogs, in case a page grows a string outside them. */
const ENGLISH_CHROME =
  /\b(Continue|Back|Step|optional|Save|Send|Change|Resume|Findings|Skip|Thank|Language|problem)\b/;

/** The English interface text in a rendered page (text and attribute values alike), as found pieces. */
export function englishLeftovers(html: string, fragments: readonly string[]): string[] {
  // Code in attributes (class="change-note", autocapitalize="characters") is not text anyone reads.
  const text = decode(html).replace(
    /\s(class|id|name|href|for|action|value|autocapitalize|autocomplete|aria-[a-z]+by)="[^"]*"/gi,
    "",
  );
  const found = fragments.filter((fragment) =>
    new RegExp(`(^|[^A-Za-z])${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text),
  );
  const word = ENGLISH_CHROME.exec(text);
  return word ? [...found, word[0]] : found;
}

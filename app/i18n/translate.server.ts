import IntlMessageFormat from "intl-messageformat";
import type { MessageId } from "./catalog-en";
import { catalogMessage, SOURCE_LANGUAGE } from "./catalogs";

export type MessageValues = Record<string, string | number>;
/** What validation and domain code hand the pages: a message to show, not yet in any language. */
export type Message = { id: MessageId; values?: MessageValues };

// Parsing a message costs far more than formatting it; each (language, id) is parsed once per process.
const formatters = new Map<string, IntlMessageFormat>();

function formatter(language: string, id: MessageId): IntlMessageFormat {
  const key = `${language}\u0000${id}`;
  let found = formatters.get(key);
  if (!found) {
    // Only complete catalogs are offered (catalog-check.ts); English stands in should one still lack an id.
    const message = catalogMessage(language, id);
    found =
      message === undefined
        ? formatter(SOURCE_LANGUAGE, id)
        : new IntlMessageFormat(message, language, undefined, { ignoreTag: false });
    formatters.set(key, found);
  }
  return found;
}

/** The text of message `id` in `language`, its numbers and plurals formatted by that language's rules. */
export function translate(language: string, id: MessageId, values?: MessageValues): string {
  const formatted = formatter(language, id).format(values);
  return Array.isArray(formatted) ? formatted.join("") : String(formatted);
}

/**
 * A message with one tag (<link>…</link>) split around it, so a page can wrap the middle in a real link without
 * putting markup in catalogs: [before, inside, after].
 */
export function translateAroundTag(language: string, id: MessageId, tag: string): [string, string, string] {
  const marker = "\u0000";
  const wrap = (chunks: string[]) => `${marker}${chunks.join("")}${marker}`;
  const formatted = formatter(language, id).format<string>({ [tag]: wrap });
  const text = Array.isArray(formatted) ? formatted.join("") : String(formatted);
  const [before = "", inside = "", after = ""] = text.split(marker);
  return [before, inside, after];
}

/** Several messages without values, by id, for a page's loader to send along. */
export function translateAll<const Ids extends readonly MessageId[]>(
  language: string,
  ids: Ids,
): Record<Ids[number], string> {
  return Object.fromEntries(ids.map((id) => [id, translate(language, id)])) as Record<Ids[number], string>;
}

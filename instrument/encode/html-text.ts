import { wellFormed } from "./plain-text";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text for HTML, SVG or XML built outside React (React escapes what it renders): & < > " and '
 * as entities, so the result is literal text both between tags and inside a quoted attribute value;
 * lone surrogates as U+FFFD.
 *
 * @example
 * htmlText('<script>"x"</script>') // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 */
export function htmlText(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * Deeply nested JSON is a denial-of-service tool: JSON.parse copes, but every recursive check
 * after it (zod's lazy schemas, JSON.stringify) runs out of stack and throws a RangeError — a
 * 500 instead of a message. Check the depth of untrusted JSON text first.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply arrays and objects nest in a JSON text, counted by scanning the characters (no
 * parsing, no recursion; O(n)). Stops counting once `limit` is passed. Brackets inside strings do
 * not count. Meant for text about to be parsed: it does not itself validate JSON.
 */
export function jsonNestingDepth(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "[" || character === "{") {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (character === "]" || character === "}") depth--;
  }
  return deepest;
}

const ELLIPSIS = "...";

/** Length of text in the unit a tool counts: characters (Unicode code points) or UTF-8 bytes. */
function measure(text: string, unit: "characters" | "bytes"): number {
  return unit === "bytes" ? new TextEncoder().encode(text).length : [...text].length;
}

/**
 * A label that fits a tool's limit (Stata: 80 characters for variable labels; SPSS: 256 bytes
 * for variable labels, 120 for value labels). Line breaks and runs of spaces become one space.
 * A label that does not fit is cut at the last word boundary that leaves room for "..." (or
 * mid-word when the last word boundary is in the first half), never inside a character.
 *
 * @example
 * truncateLabel("Do you sometimes wonder how long you will be able to continue?", 40, "characters")
 * // "Do you sometimes wonder how long you..."
 */
export function truncateLabel(text: string, max: number, unit: "characters" | "bytes"): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (measure(flat, unit) <= max) return flat;
  const room = max - ELLIPSIS.length;
  let cut = "";
  for (const character of flat) {
    if (measure(cut + character, unit) > room) break;
    cut += character;
  }
  const boundary = cut.lastIndexOf(" ");
  const kept = boundary >= cut.length / 2 ? cut.slice(0, boundary) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/, "")}${ELLIPSIS}`;
}

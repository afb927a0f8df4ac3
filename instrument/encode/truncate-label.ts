import { oneLineText } from "./plain-text";

const ELLIPSIS = "...";
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Length of text in the unit a tool counts: characters (Unicode code points) or UTF-8 bytes. */
function measure(text: string, unit: "characters" | "bytes"): number {
  return unit === "bytes" ? new TextEncoder().encode(text).length : [...text].length;
}

/**
 * A label that fits a tool's limit (Stata: 80 characters; SPSS: 256 bytes for variable labels,
 * 120 for value labels). The text is first made one line ({@link oneLineText}). A label that does
 * not fit is cut at the last word boundary that leaves room for "..." (or mid-word when that
 * boundary is in the first half), and only between grapheme clusters: never inside a UTF-8
 * sequence, a surrogate pair, or between a letter and its combining accent. Labels are cut before
 * they are encoded for a package, so no escape sequence can be cut either.
 *
 * @example
 * truncateLabel("Do you sometimes wonder how long you will be able to continue?", 40, "characters")
 * // "Do you sometimes wonder how long you..."
 */
export function truncateLabel(text: string, max: number, unit: "characters" | "bytes"): string {
  const flat = oneLineText(text);
  if (measure(flat, unit) <= max) return flat;
  const room = Math.max(0, max - ELLIPSIS.length);
  let cut = "";
  let used = 0;
  for (const { segment } of graphemes.segment(flat)) {
    used += measure(segment, unit);
    if (used > room) break;
    cut += segment;
  }
  const boundary = cut.lastIndexOf(" ");
  const kept = boundary >= cut.length / 2 ? cut.slice(0, boundary) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/, "")}${ELLIPSIS}`;
}

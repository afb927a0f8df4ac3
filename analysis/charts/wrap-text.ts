import { dejavuSansTextWidth } from "./dejavu-sans-text-width";

/**
 * Breaks text into lines no wider than `maxWidth` px when set in DejaVu Sans, at spaces; a single word wider
 * than the line is broken after a "/" if it has one (an address, e.g. in a 320-px chart's source line), else
 * stays whole. Used for chart titles and subtitles, which vega does not wrap by itself.
 *
 * Method: greedy line filling with {@link dejavuSansTextWidth}.
 *
 * Cost: O(w²) character measurements for w words in the worst case; titles are short.
 *
 * @example
 * wrapText("Work-related burnout by years in support and institutional support", 300, 16, true);
 * // ["Work-related burnout by years in", "support and institutional support"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const { word, glued } of pieces(text, maxWidth, fontSize, bold)) {
    const candidate = line === "" ? word : `${line}${glued ? "" : " "}${word}`;
    if (line !== "" && dejavuSansTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The words of `text`; a word wider than the line with a "/" in it comes as pieces, each ending in "/". */
function pieces(text: string, maxWidth: number, fontSize: number, bold: boolean) {
  return text
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((word) =>
      dejavuSansTextWidth(word, fontSize, bold) > maxWidth && word.includes("/")
        ? word.split(/(?<=\/)/).map((piece, i) => ({ word: piece, glued: i > 0 }))
        : [{ word, glued: false }],
    );
}

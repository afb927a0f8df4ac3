import { oneLineText } from "./plain-text";

/**
 * Pairs of characters Stata would not take as text inside a compound-quoted string: "' ends the
 * string, `" opens a nested one, and the do-file reader takes /* and * / as a block comment and //
 * (and so ///) as a line comment or line join. A space goes between the two characters.
 */
const BROKEN_PAIRS = new Set(["\"'", '`"', "/*", "*/", "//"]);

function breakPairs(text: string): string {
  let out = "";
  let previous = "";
  for (const character of text) {
    out += BROKEN_PAIRS.has(previous + character) ? ` ${character}` : character;
    previous = character;
  }
  return out;
}

/**
 * The text as Stata can hold it between `" and "': one line ({@link oneLineText}), the pairs above
 * broken by a space, and a space before a leading ' and after a trailing ` (either would otherwise
 * touch the quote next to it and form "' or `"). The codebook lists every Stata label this changes.
 *
 * @example
 * stataText(`a "'b" /* c`) // `a " 'b" / * c`
 */
export function stataText(text: string): string {
  const broken = breakPairs(oneLineText(text));
  return `${broken.startsWith("'") ? " " : ""}${broken}${broken.endsWith("`") ? " " : ""}`;
}

/**
 * Stata's escapes for text it would otherwise expand: \ before $ (global macro) and ` (local
 * macro), and \\ for a backslash — Stata reads \$ as $, \` as `, and \\ as \ anywhere in a line
 * (StataCorp FAQ "Backslashes and macros"), so every backslash is doubled.
 */
function escapeMacros(text: string): string {
  return text.replace(/[\\$`]/g, "\\$&");
}

/**
 * A Stata compound-quoted string, `"…"', holding {@link stataText} of the text with macro
 * characters escaped: no $ or ` is expanded, no quote ends it early, no comment starts inside it,
 * and it is one line.
 *
 * @example
 * stataString(`Don't say "$HOME"`) // '`"Don\'t say "\\$HOME""\''
 */
export function stataString(text: string): string {
  return `\`"${escapeMacros(stataText(text))}"'`;
}

/**
 * A Stata comment line, "* text": one line, no comment markers ("/*" inside a "*" line would
 * open a block comment over the lines after it, "///" would join the next line to it), macro
 * characters escaped in case the line is expanded.
 *
 * @example
 * stataComment("Survey /* x\n#delimit ;") // "* Survey / * x #delimit ;"
 */
export function stataComment(text: string): string {
  return `* ${escapeMacros(breakPairs(oneLineText(text)))}`.trimEnd();
}

import { truncateLabel } from "./truncate-label";
import { oneLineText, wellFormed } from "./plain-text";

/** Characters per syntax line of a long string, and bytes (UTF-8, quotes doubled): lines stay far below SPSS's limits. */
const CHUNK_CHARACTERS = 60;
const CHUNK_BYTES = 180;
/** Longest comment text, in bytes: a comment line stays under 256 bytes. */
const COMMENT_BYTES = 200;

/**
 * Every character an SPSS string cannot hold on one line: controls (C0, DEL, C1 — NEL among them),
 * LINE SEPARATOR and PARAGRAPH SEPARATOR. A quoted string cannot span lines, and SPSS and PSPP do
 * not agree on which of these end one (PSPP 1.6 keeps CR, VT, FF, NEL, LS and PS inside a string and
 * takes a NUL byte as a sign the whole file is UTF-16).
 */
const NOT_IN_A_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A quoted SPSS string: single quotes, apostrophes doubled, every character of NOT_IN_A_LINE as a
 * space (labels arrive already one line, see oneLineText), lone surrogates as U+FFFD. Long text
 * is split into '…' + '…' pieces of at most 60 characters and 180 bytes, one per line (SPSS and
 * PSPP join them), split only between code points.
 *
 * @param indent what starts each continuation line (continuation lines must not start in column 1)
 * @example
 * spssString("It's") // "'It''s'"
 */
export function spssString(text: string, indent = "    "): string {
  const characters = [...wellFormed(text).replace(NOT_IN_A_LINE, " ")];
  const chunks: string[] = [];
  let chunk = "";
  let count = 0;
  for (const character of characters) {
    const piece = character === "'" ? "''" : character;
    if (count === CHUNK_CHARACTERS || bytes(chunk) + bytes(piece) > CHUNK_BYTES) {
      chunks.push(chunk);
      chunk = "";
      count = 0;
    }
    chunk += piece;
    count += 1;
  }
  chunks.push(chunk);
  return chunks.map((piece) => `'${piece}'`).join(` +\n${indent}`);
}

/**
 * One SPSS comment command, "* text.": the text on one line ({@link oneLineText}), "/*" and "* /"
 * (a comment inside a comment would swallow the terminating period) broken by a space, cut to 200
 * bytes, and without trailing periods, so the comment ends exactly at the period this adds.
 *
 * @example
 * spssComment("Survey.\nHOST COMMAND=['id'].") // "* Survey. HOST COMMAND=['id']."
 */
export function spssComment(text: string): string {
  const safe = oneLineText(text).replace(/\/(?=\*)|\*(?=\/)/g, "$& ");
  const cut = truncateLabel(safe, COMMENT_BYTES, "bytes").replace(/[\s.]+$/, "");
  return `* ${cut}.`;
}

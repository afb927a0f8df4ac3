/**
 * Character classes every encoder shares, and the two normalisations built from them. Each writer
 * of a file format (R, SPSS, Stata, CSV, Markdown, HTML) sits in its own module beside this one;
 * none of them lets definition text reach a file any other way.
 */

/** A high surrogate without its low half, or a low one without its high half: not a character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Unicode's Bidi_Control characters (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI):
 * invisible, and able to reorder how the text around them is displayed ("Trojan Source").
 */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Every character some reader of our files takes as the end of a line: LF, VT, FF, CR (and CRLF
 * as one), NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. R's source() ends a comment at a lone CR,
 * editors and Unicode-aware readers at NEL, LS and PS.
 */
export const LINE_TERMINATOR = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * White space and control characters that a one-line text turns into a single space: JavaScript's
 * \s (which covers the line terminators above, tab, no-break and other Unicode spaces and U+FEFF)
 * plus every other C0 control, DEL and the C1 controls.
 */
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** The text with every lone surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/**
 * The one normalisation for text that must stay on one line (variable and value labels, comments,
 * headings): lone surrogates become U+FFFD, Bidi_Control characters are dropped, runs of white
 * space, line terminators and control characters become one space, and the ends are trimmed.
 * Idempotent. Every label in load.R, load.sps and load.do is this text (then cut to the package's
 * length limit), and the codebook lists each label that it changed.
 *
 * @example
 * oneLineText("Workplace survey\nsystem('id')\u2028#") // "Workplace survey system('id') #"
 */
export function oneLineText(text: string): string {
  return wellFormed(text).replace(BIDI_CONTROL, "").replace(SPACE_OR_CONTROL, " ").trim();
}

/** Control characters a reader could not see: C0 except tab, LF and CR; DEL; C1 (NEL included). */
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** "[U+202E]": how a character that would otherwise be invisible is shown. */
export function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]`;
}

/**
 * Text for people to read (the public codebook page and Markdown): lone surrogates become U+FFFD,
 * and every Bidi_Control character and every invisible control character (tab, LF and CR apart) is
 * shown by name, e.g. "[U+202E]", so the wording cannot display differently from what it is.
 *
 * @example
 * visibleText("abc\u202Edcb") // "abc[U+202E]dcb"
 */
export function visibleText(text: string): string {
  return wellFormed(text).replace(BIDI_CONTROL, codePointName).replace(INVISIBLE_CONTROL, codePointName);
}

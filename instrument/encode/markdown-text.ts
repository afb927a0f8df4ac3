import { LINE_TERMINATOR, visibleText } from "./plain-text";

/**
 * Every ASCII punctuation character that can start Markdown syntax inside a line: the backslash
 * itself, code, emphasis, links and images ([ ]), raw HTML and autolinks (< >), tables (|), GFM
 * strikethrough (~), math ($), an entity reference (& before a letter, digit or #, which could
 * spell out any character) and _ except between two letters or digits (where CommonMark never
 * reads it as emphasis, so snake_case ids stay readable). CommonMark turns a backslash before any
 * ASCII punctuation into that character, literally.
 */
const INLINE_SYNTAX = /[\\`*[\]<>|~$]|&(?=[#\p{L}\p{N}])|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** A line that would open a heading, a bullet list item or a setext underline, or an ordered list item ("1." or "1)"). */
function escapeBlockStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return /^[#+\-=]/.test(line) ? `\\${line}` : line;
}

function escapeInline(text: string): string {
  return visibleText(text).replace(INLINE_SYNTAX, "\\$&");
}

/**
 * Definition text inside a line of Markdown (a heading, a table cell, after a list marker):
 * literal text, whatever it contains. Line terminators (LF, CR, CRLF, VT, FF, NEL, LS, PS) become
 * `lineBreak` — a space, or "<br>" in a table cell; Bidi_Control and other invisible control
 * characters are shown by name ("[U+202E]"); Markdown syntax characters are backslash-escaped,
 * so no raw HTML, link, image or emphasis can come from the text. Renderers that autolink bare
 * addresses (GFM) can still link http(s), www and e-mail addresses: no other scheme.
 *
 * @example
 * markdownInline("<script>x</script> [a](javascript:x)") // "\\<script\\>x\\</script\\> \\[a\\](javascript:x)"
 */
export function markdownInline(text: string, lineBreak: " " | "<br>" = " "): string {
  return text.split(LINE_TERMINATOR).map(escapeInline).join(lineBreak);
}

/**
 * Definition text as whole lines of Markdown (a paragraph, the lines of a block quote): each line
 * as {@link markdownInline}, without leading white space (which would make a code block), and with
 * a backslash before a character that would open a heading, list or setext underline.
 */
export function markdownLines(text: string): string[] {
  return text.split(LINE_TERMINATOR).map((line) => escapeBlockStart(escapeInline(line.trimStart())));
}

/**
 * Text as a Markdown code span: fenced by one more backtick than its longest run of backticks,
 * padded with spaces when it starts or ends with one, on one line, invisible characters shown by
 * name. In a table cell, | is escaped (GFM splits cells before it reads code spans).
 *
 * @example
 * markdownCode("a`b") // "``a`b``"
 */
export function markdownCode(text: string, inTable = false): string {
  const line = visibleText(text.replace(LINE_TERMINATOR, " "));
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = /^`|`$/.test(line) ? ` ${line} ` : line;
  return `${fence}${inTable ? padded.replace(/\|/g, "\\|") : padded}${fence}`;
}

/**
 * A link target that is safe to make live: an absolute http or https URL, as the URL parser
 * serialises it, wrapped as an autolink; anything else (javascript:, data:, relative) is null and
 * should be written as text.
 *
 * @example
 * markdownAutolink("https://example.org/a b") // "<https://example.org/a%20b>"
 * markdownAutolink("javascript:alert(1)")     // null
 */
export function markdownAutolink(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return /[\s<>]/.test(parsed.href) ? null : `<${parsed.href}>`;
}

import { oneLineText, wellFormed } from "./plain-text";

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, "0");

/**
 * An R string literal in plain printable ASCII, so the script parses identically in any locale
 * and no byte of the text can end the literal or the line: `"` and `\` are escaped, LF, CR and tab
 * as \n, \r, \t, every other control character and every non-ASCII character (U+2028, U+2029 and
 * NEL included) as \u{…} or, above U+FFFF, \U{…}. R refuses NUL in a string ("nul character not
 * allowed") and warns on a lone surrogate, so both are written as U+FFFD.
 *
 * @example
 * rString('He said "hi"\n') // '"He said \\"hi\\"\\n"'
 * rString("Région")         // '"R\\u{00e9}gion"'
 */
export function rString(text: string): string {
  let out = '"';
  for (const character of wellFormed(text)) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '"' || character === "\\") out += `\\${character}`;
    else if (character === "\n") out += "\\n";
    else if (character === "\r") out += "\\r";
    else if (character === "\t") out += "\\t";
    else if (code === 0) out += "\\u{fffd}";
    else if (code >= 0x20 && code < 0x7f) out += character;
    else out += code > 0xffff ? `\\U{${hex(code, 8)}}` : `\\u{${hex(code, 4)}}`;
  }
  return `${out}"`;
}

/**
 * One R comment line, "# " and the text on one line ({@link oneLineText}: no line terminator R's
 * parser, source() — which also ends lines at a lone CR — or an editor would honour) in printable
 * ASCII, non-ASCII characters written as R prints them, <U+00E9>.
 *
 * @example
 * rComment("Workplace survey\nsystem('id')\n#") // "# Workplace survey system('id') #"
 */
export function rComment(text: string): string {
  const ascii = [...oneLineText(text)]
    .map((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code < 0x7f ? character : `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
    })
    .join("");
  return `# ${ascii}`.trimEnd();
}

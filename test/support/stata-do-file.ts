/**
 * A model of how Stata reads one do-file line, from its documentation (Stata is not installed
 * here): the line ends at LF or CR; `/*`, `* /`, `//` and `///` are comments or line joins;
 * macro expansion turns \$ into $, \` into ` and \\ into \ and expands any other $name or `name';
 * then the parser reads `"…"' compound strings, which nest. Throws where Stata would expand a macro,
 * start a comment, or find a string that does not close.
 */
export function compoundStrings(line: string, allowedComment?: RegExp): string[] {
  if (/[\n\r\u000b\u000c\u0085\u2028\u2029]/.test(line)) throw new Error(`line break inside: ${line}`);
  const code = allowedComment ? line.replace(allowedComment, "") : line;
  if (/\/\*|\*\/|\/\//.test(code)) throw new Error(`comment marker in: ${line}`);
  let expanded = "";
  for (let i = 0; i < code.length; i++) {
    const character = code[i]!;
    const next = code[i + 1] ?? "";
    if (character === "\\" && (next === "\\" || next === "$" || next === "`")) {
      // Escaped: not expanded; but the parser then sees the character itself (`" would open a string).
      expanded += next;
      i += 1;
    } else if (character === "$") throw new Error(`global macro would expand in: ${line}`);
    else if (character === "`" && next !== '"') throw new Error(`local macro would expand in: ${line}`);
    else expanded += character;
  }
  const strings: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < expanded.length; i++) {
    const character = expanded[i]!;
    const next = expanded[i + 1] ?? "";
    if (character === "`" && next === '"') {
      if (depth > 0) throw new Error(`nested compound quote in: ${line}`);
      depth = 1;
      i += 1;
    } else if (depth > 0 && character === '"' && next === "'") {
      strings.push(current);
      current = "";
      depth = 0;
      i += 1;
    } else if (depth > 0) current += character;
  }
  if (depth !== 0) throw new Error(`compound string does not close in: ${line}`);
  return strings;
}

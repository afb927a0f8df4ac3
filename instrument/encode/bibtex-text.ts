import { oneLineText } from "./plain-text";

const LATEX: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * Text for a braced BibTeX field value: one line ({@link oneLineText}), and every character
 * (La)TeX gives a meaning to written as its escape, so the text can neither close the field
 * (an unbalanced brace), run a command (\input, \write18) nor start a comment (%).
 *
 * @example
 * bibtexText("50% of {us} \\input{x}") // "50\\% of \\{us\\} \\textbackslash{}input\\{x\\}"
 */
export function bibtexText(text: string): string {
  return oneLineText(text).replace(/[\\{}%&$#_~^]/g, (character) => LATEX[character] ?? character);
}

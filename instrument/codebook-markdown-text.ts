import { markdownCode, markdownInline, markdownLines } from "./encode/markdown-text";

// Definition text reaches the codebook's Markdown only through these: literal text, never markup.
/** Text inside a table cell: line breaks as <br>. */
export const cell = (text: string) => markdownInline(text, "<br>");
/** Text inside a heading or list item: one line. */
export const inline = (text: string) => markdownInline(text);
/** An id as code; in a table cell its | is escaped. */
export const code = (text: string) => markdownCode(text);
export const codeCell = (text: string) => markdownCode(text, true);

export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

export function formatNumber(value: number): string {
  return String(value);
}

/** Text as a block quote, line by line. */
export function quote(text: string): string[] {
  return markdownLines(text).map((line) => (line === "" ? ">" : `> ${line}`));
}

import { cell, codeCell } from "./codebook-markdown-text";
import type { Codebook, LoaderLabel } from "./codebook-types";

function labelCells(label: LoaderLabel): string[] {
  const same = (text: string) => (text === label.r ? "same as R" : cell(text));
  return [cell(label.r), same(label.spss), same(label.stata)];
}

/**
 * The codebook section that says what every label in load.R, load.sps and load.do is: the rule,
 * then each label that differs from its wording (made one line, shortened, or adapted for Stata).
 */
export function renderLabelsSection(codebook: Codebook): string[] {
  const rows = codebook.labels.flatMap((entry) => [
    ...(entry.rewritten ? [[codeCell(entry.column), "", ...labelCells(entry.label)]] : []),
    ...entry.values
      .filter((value) => value.rewritten)
      .map((value) => [codeCell(entry.column), String(value.code), ...labelCells(value.label)]),
  ]);
  const out = [
    "## Labels in load.R, load.sps and load.do",
    "",
    "A column's variable label is its question (for a multiple-choice column: the question — the option; for a score: its label); a code's value label is its option's label. The loaders write each on one line: line breaks, tabs and other control characters become one space, runs of white space one space, and bidirectional control characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are dropped; R keeps the whole label. SPSS (load.sps) keeps variable labels within 256 bytes and value labels within 120 bytes; Stata (load.do) keeps labels within 80 characters, uses `item: option` for a multiple-choice column whose label is longer, and puts a space inside `\"'`, `` `\" ``, `/*`, `*/` and `//` and before a leading `'` or after a trailing `` ` ``, which it would read as the end of a string, a nested string or a comment. A label that does not fit is cut at a word boundary (never inside a character) and ends in `...`.",
    "",
  ];
  if (rows.length === 0) return [...out, "Every label is its wording, unchanged.", ""];
  return [
    ...out,
    "The labels that differ from their wording (every other label is its wording, unchanged):",
    "",
    "| Column | Code | R | SPSS | Stata |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ];
}

import { cell, codeCell, table } from "./codebook-markdown-text";
import type { Codebook } from "./codebook-types";
import { wordingStatusText } from "./codebook-wording";

/**
 * The section saying, for each scale and language, whether its wording is the source, a validated translation
 * (with its citation) or the project's draft; nothing for an English-only codebook.
 */
export function renderWordingSection(codebook: Codebook): string[] {
  const { wording } = codebook;
  if (!wording || wording.length === 0) return [];
  const rows = codebook.scales.map((scale) => [
    codeCell(scale.id),
    ...wording.map((language) => {
      const entry = language.scales.find((candidate) => candidate.scale === scale.id);
      return entry ? cell(wordingStatusText(entry)) : "";
    }),
  ]);
  return [
    "## Languages and the status of each scale's wording",
    "",
    `The survey is offered in ${wording.map((language) => language.language).join(", ")}. English is the source language. A validated translation is a published translation used word for word; a draft translation is the project's own, not validated, so its scores are not directly comparable with the source's norms: compare the languages (n and Cronbach's α per language) before pooling them. Each response records the language it was answered in.`,
    "",
    ...table(["Scale", ...wording.map((language) => language.language)], rows),
    "",
  ];
}

import { cell, code, codeCell, formatNumber, inline, quote, table } from "./codebook-markdown-text";
import type { Codebook } from "./codebook-types";
import { markdownAutolink, markdownLines } from "./encode/markdown-text";
import { renderLabelsSection } from "./render-codebook-labels";
import { renderMissingSection } from "./render-codebook-missing";
import { pageSection } from "./render-codebook-pages";
import { renderWordingSection } from "./render-codebook-wording";

/** The title, where the codebook comes from, the description, a summary table and what respondents are told. */
function overview(codebook: Codebook): string[] {
  const { instrument } = codebook;
  return [
    `# Codebook: ${inline(instrument.title)}`,
    "",
    `Generated from the instrument definition ${code(instrument.id)} (definition schema version ${instrument.schemaVersion}); do not edit by hand.`,
    "",
    ...markdownLines(instrument.description),
    "",
    ...table(
      ["", ""],
      [
        ["Instrument id", codeCell(instrument.id)],
        ["Languages", instrument.languages.join(", ")],
        ["Estimated time", `about ${instrument.estimatedMinutes} minutes`],
        ["Pages", String(codebook.pages.length)],
        ["Stored variables", String(codebook.variables.length)],
        ["Scales", codebook.scales.map((scale) => codeCell(scale.id)).join(", ") || "none"],
        ["Derived variables", codebook.derived.map((variable) => codeCell(variable.id)).join(", ") || "none"],
      ],
    ),
    "",
    "**What respondents are told about their data:**",
    "",
    ...quote(instrument.dataUse),
    "",
  ];
}

function referencesSection(codebook: Codebook): string[] {
  if (codebook.references.length === 0) return [];
  return [
    "## Validated instruments and citations",
    "",
    ...codebook.references.flatMap((reference) => [
      ...quote(reference.citation),
      // Only an http(s) address becomes a link; anything else is shown as text.
      ...(reference.url ? [">", `> ${markdownAutolink(reference.url) ?? inline(reference.url)}`] : []),
      ...(reference.terms ? [">", `> Terms of use: ${inline(reference.terms)}`] : []),
      ...(reference.scales.length > 0 ? [">", `> Used for: ${reference.scales.map(code).join(", ")}`] : []),
      "",
    ]),
  ];
}

function notesSection(codebook: Codebook): string[] {
  if (codebook.notes.length === 0) return [];
  return ["## Notes", "", ...codebook.notes.map((note) => `- ${note}`), ""];
}

/** The table of scales, then each scale's description and note. */
function scalesSection(codebook: Codebook): string[] {
  const described = codebook.scales.flatMap((scale) => {
    // The description is definition text; the note is the project's own Markdown.
    const text = [scale.description === null ? null : inline(scale.description), scale.note].filter(
      (part): part is string => part !== null,
    );
    return text.length > 0 ? [`- ${code(scale.id)}: ${text.join(" ")}`] : [];
  });
  return [
    "## Scales",
    "",
    ...table(
      ["Scale", "Items", "Reverse-scored", "Scoring", "Reference"],
      codebook.scales.map((scale) => [
        `${codeCell(scale.id)}<br>${cell(scale.label)}`,
        scale.items.map(codeCell).join(", "),
        scale.reverse.length > 0 ? scale.reverse.map(codeCell).join(", ") : "none",
        cell(scale.method),
        scale.reference === null ? "this project" : cell(scale.reference),
      ]),
    ),
    "",
    ...described,
    ...(codebook.scales.some((scale) => scale.description || scale.note) ? [""] : []),
  ];
}

function derivedSection(codebook: Codebook): string[] {
  if (codebook.derived.length === 0) return [];
  return [
    "## Derived variables",
    "",
    ...table(
      ["Variable", "Label", "Definition", "Note"],
      codebook.derived.map((variable) => [
        codeCell(variable.id),
        cell(variable.label),
        cell(variable.formula),
        cell(variable.note ?? ""),
      ]),
    ),
    "",
  ];
}

function answerScalesSection(codebook: Codebook): string[] {
  return [
    "## Answer scales",
    "",
    ...codebook.answerScales.flatMap((scale) => [
      `### ${code(scale.id)}: ${inline(scale.label)}`,
      "",
      ...table(
        ["Code", "Label", "Score", "Missing for scoring"],
        scale.options.map((option) => [
          String(option.code),
          cell(option.label),
          option.score === null ? "= code" : formatNumber(option.score),
          option.missingForScoring ? "yes" : "",
        ]),
      ),
      "",
    ]),
  ];
}

/** The identification code's elements: asked, described here, never in the data. */
function identificationCodeSection(codebook: Codebook): string[] {
  const found = codebook.identificationCode;
  if (!found) return [];
  return [
    `## Identification code ${code(found.id)}`,
    "",
    `${inline(found.heading)} (page ${code(found.pageId)}): ${found.storage}. Each element is kept as HMAC-SHA-256 under the study's key, which lives outside the database; "I don't know" is kept as such. The elements are quasi-identifiers, withheld from every export.`,
    "",
    ...table(
      ["Element", "Kind", "Prompt", "Why it stays the same"],
      found.elements.map((element) => [
        codeCell(element.id),
        cell(element.kind),
        cell(element.prompt),
        cell(element.stability),
      ]),
    ),
    "",
  ];
}

/**
 * The codebook as Markdown: the overview, references, notes, scales, derived variables and answer scales, a
 * section per page with its variables, missing data and precision in the exports, and the labels the loaders set. Definition text is literal throughout.
 */
export function renderCodebookMarkdown(codebook: Codebook): string {
  const variablesById = new Map(codebook.variables.map((variable) => [variable.id, variable]));
  const lines = [
    ...overview(codebook),
    ...referencesSection(codebook),
    ...notesSection(codebook),
    ...scalesSection(codebook),
    ...renderWordingSection(codebook),
    ...derivedSection(codebook),
    ...answerScalesSection(codebook),
    ...codebook.pages.flatMap((page) => pageSection(page, variablesById)),
    ...identificationCodeSection(codebook),
    ...renderMissingSection(codebook),
    ...renderLabelsSection(codebook),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

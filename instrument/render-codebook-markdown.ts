import type { Codebook, CodebookOption, CodebookVariable } from "./codebook-types";
import { markdownAutolink, markdownCode, markdownInline, markdownLines } from "./encode/markdown-text";
import type { ItemType } from "./items";
import { renderLabelsSection } from "./render-codebook-labels";

// Definition text reaches the Markdown only through these: literal text, never markup.
/** Text inside a table cell: line breaks as <br>. */
const cell = (text: string) => markdownInline(text, "<br>");
/** Text inside a heading or list item: one line. */
const inline = (text: string) => markdownInline(text);
/** An id as code; in a table cell its | is escaped. */
const code = (text: string) => markdownCode(text);
const codeCell = (text: string) => markdownCode(text, true);

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

function formatNumber(value: number): string {
  return String(value);
}

function optionLine(option: CodebookOption): string {
  const extras = [
    option.score !== null ? `score ${formatNumber(option.score)}` : null,
    option.missingForScoring ? "missing for scoring" : null,
  ].filter(Boolean);
  return `${option.code} = ${cell(option.label)}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
}

const TYPE_NAMES: Record<ItemType, string> = {
  consent: "consent",
  single: "single choice",
  multiple: "multiple choice",
  likert: "Likert",
  matrix: "matrix row",
  numeric: "numeric",
  text: "free text",
};

function answersCell(variable: CodebookVariable): string {
  if (variable.answerScale) return `scale ${codeCell(variable.answerScale)}`;
  if (variable.options) return variable.options.map(optionLine).join("<br>");
  if (variable.numeric) {
    const { min, max, step, unit, minLabel, maxLabel } = variable.numeric;
    const lines = [
      `${formatNumber(min)}–${formatNumber(max)}${unit ? ` ${cell(unit)}` : ""}, step ${formatNumber(step)}`,
    ];
    if (minLabel) lines.push(`low end: ${cell(minLabel)}`);
    if (maxLabel) lines.push(`high end: ${cell(maxLabel)}`);
    return lines.join("<br>");
  }
  if (variable.freeText)
    return `${variable.freeText.multiline ? "long" : "short"} text, up to ${variable.freeText.maxLength} characters`;
  return "";
}

function detailsCell(variable: CodebookVariable, pageCondition: string | null): string {
  const details: string[] = [variable.required ? "**required**" : "optional"];
  for (const scale of variable.scales)
    details.push(`scale ${codeCell(scale.id)}${scale.reverse ? " (**reverse-scored**)" : ""}`);
  if (variable.attentionCheck) {
    const label = variable.attentionCheck.label ? ` ("${cell(variable.attentionCheck.label)}")` : "";
    details.push(`**attention check**: expects ${variable.attentionCheck.expected}${label}`);
  }
  if (variable.quasiIdentifier) {
    const bands = variable.quasiIdentifier.bands
      ? `, bands up to ${variable.quasiIdentifier.bands.join(" / ")}`
      : "";
    details.push(`quasi-identifier (${variable.quasiIdentifier.kind}${bands})`);
  }
  if (variable.columns.length > 1)
    details.push(`exported as 0/1 columns ${variable.columns.map(codeCell).join(", ")}`);
  details.push(...variable.randomized);
  // The page's own condition is stated above its table; repeat only what the item adds.
  if (variable.condition && variable.condition !== pageCondition)
    details.push(`asked only if ${cell(variable.condition)}`);
  return details.join("; ");
}

function questionCell(variable: CodebookVariable, showStem: boolean): string {
  const lines = [];
  if (showStem && variable.stem) lines.push(`*${cell(variable.stem)}*`);
  lines.push(cell(variable.text));
  if (variable.help) lines.push(`<small>${cell(variable.help)}</small>`);
  return lines.join("<br>");
}

function quote(text: string): string[] {
  return markdownLines(text).map((line) => (line === "" ? ">" : `> ${line}`));
}

export function renderCodebookMarkdown(codebook: Codebook): string {
  const { instrument } = codebook;
  const out: string[] = [];
  const blank = () => out.push("");
  out.push(`# Codebook: ${inline(instrument.title)}`);
  blank();
  out.push(
    `Generated from the instrument definition ${code(instrument.id)} (definition schema version ${instrument.schemaVersion}); do not edit by hand.`,
  );
  blank();
  out.push(...markdownLines(instrument.description));
  blank();
  out.push(
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
  );
  blank();
  out.push("**What respondents are told about their data:**");
  blank();
  out.push(...quote(instrument.dataUse));
  blank();

  if (codebook.references.length > 0) {
    out.push("## Validated instruments and citations");
    blank();
    for (const reference of codebook.references) {
      out.push(...quote(reference.citation));
      // Only an http(s) address becomes a link; anything else is shown as text.
      if (reference.url) out.push(">", `> ${markdownAutolink(reference.url) ?? inline(reference.url)}`);
      if (reference.terms) out.push(">", `> Terms of use: ${inline(reference.terms)}`);
      if (reference.scales.length > 0) out.push(">", `> Used for: ${reference.scales.map(code).join(", ")}`);
      blank();
    }
  }

  if (codebook.notes.length > 0) {
    out.push("## Notes");
    blank();
    for (const note of codebook.notes) out.push(`- ${note}`);
    blank();
  }

  out.push("## Scales");
  blank();
  out.push(
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
  );
  blank();
  for (const scale of codebook.scales) {
    // The description is definition text; the note is the project's own Markdown.
    const text = [scale.description === null ? null : inline(scale.description), scale.note].filter(
      (part): part is string => part !== null,
    );
    if (text.length > 0) out.push(`- ${code(scale.id)}: ${text.join(" ")}`);
  }
  if (codebook.scales.some((scale) => scale.description || scale.note)) blank();

  if (codebook.derived.length > 0) {
    out.push("## Derived variables");
    blank();
    out.push(
      ...table(
        ["Variable", "Label", "Definition", "Note"],
        codebook.derived.map((variable) => [
          codeCell(variable.id),
          cell(variable.label),
          cell(variable.formula),
          cell(variable.note ?? ""),
        ]),
      ),
    );
    blank();
  }

  out.push("## Answer scales");
  blank();
  for (const scale of codebook.answerScales) {
    out.push(`### ${code(scale.id)}: ${inline(scale.label)}`);
    blank();
    out.push(
      ...table(
        ["Code", "Label", "Score", "Missing for scoring"],
        scale.options.map((option) => [
          String(option.code),
          cell(option.label),
          option.score === null ? "= code" : formatNumber(option.score),
          option.missingForScoring ? "yes" : "",
        ]),
      ),
    );
    blank();
  }

  const variablesById = new Map(codebook.variables.map((variable) => [variable.id, variable]));
  for (const page of codebook.pages) {
    out.push(`## Page ${page.number}: ${inline(page.title)} (${code(page.id)})`);
    blank();
    if (page.condition) out.push(`Shown only if ${inline(page.condition)}.`, "");
    if (page.screenOut) {
      out.push(
        `Screen-out: the survey ends here unless ${inline(page.screenOut.unless)}. Message shown:`,
        "",
      );
      out.push(...quote(page.screenOut.message), "");
    }
    if (page.randomizeItems) out.push("Items on this page are shown in random order.", "");
    if (page.intro) out.push(...quote(page.intro), "");
    if (page.note) out.push(`*Note:* ${page.note}`, "");
    let previousMatrix: string | null = null;
    const rows = page.variables.map((id) => {
      const variable = variablesById.get(id);
      if (!variable) throw new Error(`codebook page "${page.id}" lists unknown variable "${id}"`);
      const showStem = variable.matrix !== previousMatrix;
      previousMatrix = variable.matrix;
      const type = variable.matrix ? `matrix row (${codeCell(variable.matrix)})` : TYPE_NAMES[variable.type];
      return [
        codeCell(variable.id),
        questionCell(variable, showStem),
        type,
        answersCell(variable),
        detailsCell(variable, page.condition),
      ];
    });
    out.push(...table(["Variable", "Question", "Type", "Answers", "Details"], rows));
    blank();
    const noted = page.variables.flatMap((id) => {
      const note = variablesById.get(id)?.note;
      return note ? [`- ${code(id)}: ${note}`] : [];
    });
    if (noted.length > 0) out.push(...noted, "");
  }
  out.push(...renderLabelsSection(codebook));
  return `${out.join("\n").trimEnd()}\n`;
}

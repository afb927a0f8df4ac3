import type { Codebook, CodebookOption, CodebookVariable } from "./codebook-types";
import type { ItemType } from "./items";

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, "<br>");
}

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
  if (variable.answerScale) return `scale \`${variable.answerScale}\``;
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
    details.push(`scale \`${scale.id}\`${scale.reverse ? " (**reverse-scored**)" : ""}`);
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
    details.push(`exported as 0/1 columns ${variable.columns.map((column) => `\`${column}\``).join(", ")}`);
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
  return text.split(/\r?\n/).map((line) => `> ${line}`);
}

export function renderCodebookMarkdown(codebook: Codebook): string {
  const { instrument } = codebook;
  const out: string[] = [];
  const blank = () => out.push("");
  out.push(`# Codebook: ${instrument.title}`);
  blank();
  out.push(
    `Generated from the instrument definition \`${instrument.id}\` (definition schema version ${instrument.schemaVersion}); do not edit by hand.`,
  );
  blank();
  out.push(instrument.description);
  blank();
  out.push(
    ...table(
      ["", ""],
      [
        ["Instrument id", `\`${instrument.id}\``],
        ["Languages", instrument.languages.join(", ")],
        ["Estimated time", `about ${instrument.estimatedMinutes} minutes`],
        ["Pages", String(codebook.pages.length)],
        ["Stored variables", String(codebook.variables.length)],
        ["Scales", codebook.scales.map((scale) => `\`${scale.id}\``).join(", ") || "none"],
        ["Derived variables", codebook.derived.map((variable) => `\`${variable.id}\``).join(", ") || "none"],
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
      if (reference.url) out.push(">", `> ${reference.url}`);
      if (reference.terms) out.push(">", `> Terms of use: ${reference.terms}`);
      if (reference.scales.length > 0)
        out.push(">", `> Used for: ${reference.scales.map((id) => `\`${id}\``).join(", ")}`);
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
        `\`${scale.id}\`<br>${cell(scale.label)}`,
        scale.items.map((id) => `\`${id}\``).join(", "),
        scale.reverse.length > 0 ? scale.reverse.map((id) => `\`${id}\``).join(", ") : "none",
        cell(scale.method),
        scale.reference ?? "this project",
      ]),
    ),
  );
  blank();
  for (const scale of codebook.scales) {
    const text = [scale.description, scale.note].filter((part): part is string => part !== null);
    if (text.length > 0) out.push(`- \`${scale.id}\`: ${text.join(" ")}`);
  }
  if (codebook.scales.some((scale) => scale.description || scale.note)) blank();

  if (codebook.derived.length > 0) {
    out.push("## Derived variables");
    blank();
    out.push(
      ...table(
        ["Variable", "Label", "Definition", "Note"],
        codebook.derived.map((variable) => [
          `\`${variable.id}\``,
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
    out.push(`### \`${scale.id}\`: ${scale.label}`);
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
    out.push(`## Page ${page.number}: ${page.title} (\`${page.id}\`)`);
    blank();
    if (page.condition) out.push(`Shown only if ${page.condition}.`, "");
    if (page.screenOut) {
      out.push(`Screen-out: the survey ends here unless ${page.screenOut.unless}. Message shown:`, "");
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
      const type = variable.matrix ? `matrix row (\`${variable.matrix}\`)` : TYPE_NAMES[variable.type];
      return [
        `\`${variable.id}\``,
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
      return note ? [`- \`${id}\`: ${note}`] : [];
    });
    if (noted.length > 0) out.push(...noted, "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

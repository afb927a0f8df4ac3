import type { CodebookOption, CodebookPage, CodebookVariable } from "./codebook-types";
import { cell, code, codeCell, formatNumber, inline, quote, table } from "./codebook-markdown-text";
import type { ItemType } from "./items";

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
  identificationCode: "identification code",
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
  for (const wording of variable.wordings)
    lines.push(`<small>If ${cell(wording.when)}: “${cell(wording.question)}”</small>`);
  return lines.join("<br>");
}

function pageWordingSentence(wording: CodebookPage["wordings"][number]): string {
  const title = wording.title ? `the page is titled “${inline(wording.title)}”` : null;
  if (!wording.intro) return `${title ?? "the page is worded as above"}.`;
  return title ? `${title} and its introduction reads:` : "the page's introduction reads:";
}

/** What the page says before its table: when it is shown, its screen-out, its order, its intro and note. */
function pageIntro(page: CodebookPage): string[] {
  return [
    ...(page.condition ? [`Shown only if ${inline(page.condition)}.`, ""] : []),
    ...(page.screenOut
      ? [
          `Screen-out: the survey ends here unless ${inline(page.screenOut.unless)}. Message shown:`,
          "",
          ...quote(page.screenOut.message),
          "",
        ]
      : []),
    ...(page.randomizeItems ? ["Items on this page are shown in random order.", ""] : []),
    ...(page.intro ? [...quote(page.intro), ""] : []),
    ...page.wordings.flatMap((wording) => [
      `If ${inline(wording.when)}, ${pageWordingSentence(wording)}`,
      "",
      ...(wording.intro ? [...quote(wording.intro), ""] : []),
    ]),
    ...(page.note ? [`*Note:* ${page.note}`, ""] : []),
  ];
}

/** One row per variable; a matrix's shared question is shown on its first row only. */
function variableRows(page: CodebookPage, variablesById: Map<string, CodebookVariable>): string[][] {
  let previousMatrix: string | null = null;
  return page.variables.map((id) => {
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
}

/** A page's section: its heading and intro, the table of its variables, then the variables' notes. */
export function pageSection(page: CodebookPage, variablesById: Map<string, CodebookVariable>): string[] {
  const noted = page.variables.flatMap((id) => {
    const note = variablesById.get(id)?.note;
    return note ? [`- ${code(id)}: ${note}`] : [];
  });
  return [
    `## Page ${page.number}: ${inline(page.title)} (${code(page.id)})`,
    "",
    ...pageIntro(page),
    ...table(["Variable", "Question", "Type", "Answers", "Details"], variableRows(page, variablesById)),
    "",
    ...(noted.length > 0 ? [...noted, ""] : []),
  ];
}

import type { Condition } from "./conditions";
import type { InstrumentDefinition } from "./definition-schema";
import type { ItemType, Option } from "./items";
import { minimumAnswered } from "./scoring";
import { type AnswerField, answerFields } from "./traversal";

/**
 * The codebook: every stored variable, scale and derived variable of an instrument,
 * derived from the definition alone (through answerFields), in English. Rationale that
 * does not belong in the definition — why an item is worded or placed as it is — comes
 * in as notes keyed by id, and an unknown id is an error so notes cannot drift.
 */

export type CodebookNotes = {
  general?: string[];
  pages?: Record<string, string>;
  variables?: Record<string, string>;
  scales?: Record<string, string>;
  derived?: Record<string, string>;
};

export type CodebookOption = {
  code: number;
  label: string;
  score: number | null;
  missingForScoring: boolean;
  fixedPosition: boolean;
};

export type CodebookVariable = {
  id: string;
  page: string;
  pageNumber: number;
  type: ItemType;
  /** For matrix rows: the matrix's id (the rows are the stored variables). */
  matrix: string | null;
  /** The matrix's shared question, for matrix rows. */
  stem: string | null;
  text: string;
  help: string | null;
  answerScale: string | null;
  options: CodebookOption[] | null;
  numeric: {
    min: number;
    max: number;
    step: number;
    unit: string | null;
    minLabel: string | null;
    maxLabel: string | null;
  } | null;
  freeText: { maxLength: number; multiline: boolean } | null;
  /** Export columns when one variable is stored as several (multiple choice: one 0/1 column per option). */
  columns: string[];
  required: boolean;
  /** When the variable is asked, in words (page and item conditions combined); null = always. */
  condition: string | null;
  scales: { id: string; reverse: boolean }[];
  quasiIdentifier: { kind: string; bands: number[] | null } | null;
  attentionCheck: { expected: number; label: string | null } | null;
  /** Randomisation that applies to this variable's presentation. */
  randomized: string[];
  note: string | null;
};

export type CodebookPage = {
  id: string;
  number: number;
  title: string;
  intro: string | null;
  condition: string | null;
  screenOut: { unless: string; message: string } | null;
  randomizeItems: boolean;
  variables: string[];
  note: string | null;
};

export type CodebookReference = {
  id: string;
  citation: string;
  url: string | null;
  terms: string | null;
  scales: string[];
};

export type CodebookScale = {
  id: string;
  label: string;
  description: string | null;
  items: string[];
  reverse: string[];
  aggregation: "mean" | "sum";
  rescale: "none" | "0-100";
  minAnsweredShare: number;
  minimumAnswered: number;
  method: string;
  reference: string | null;
  note: string | null;
};

export type CodebookDerived = {
  id: string;
  label: string;
  kind: "difference";
  of: string[];
  formula: string;
  note: string | null;
};

export type Codebook = {
  instrument: {
    id: string;
    schemaVersion: number;
    title: string;
    description: string;
    languages: string[];
    estimatedMinutes: number;
    dataUse: string;
  };
  notes: string[];
  answerScales: { id: string; label: string; options: CodebookOption[] }[];
  pages: CodebookPage[];
  variables: CodebookVariable[];
  scales: CodebookScale[];
  derived: CodebookDerived[];
  references: CodebookReference[];
};

function toOption(option: Option): CodebookOption {
  return {
    code: option.code,
    label: option.label.en,
    score: option.score ?? null,
    missingForScoring: option.missingForScoring,
    fixedPosition: option.fixedPosition,
  };
}

/** Describes a condition in words, quoting option labels where the item has options. */
export function describeCondition(condition: Condition, fields: Map<string, AnswerField>): string {
  const value = (id: string, code: number) => {
    const label = fields.get(id)?.options?.find((option) => option.code === code)?.label.en;
    return label ? `${code} ("${label}")` : String(code);
  };
  const values = (id: string, codes: number[]) => codes.map((code) => value(id, code)).join(", ");
  const nested = (inner: Condition) =>
    "all" in inner || "any" in inner
      ? `(${describeCondition(inner, fields)})`
      : describeCondition(inner, fields);
  if ("all" in condition) return condition.all.map(nested).join(" and ");
  if ("any" in condition) return condition.any.map(nested).join(" or ");
  if ("not" in condition) {
    const inner = condition.not;
    if ("equals" in inner) return `${inner.item} is not ${value(inner.item, inner.equals)}`;
    if ("in" in inner) return `${inner.item} is none of ${values(inner.item, inner.in)}`;
    if ("answered" in inner) return `${inner.item} is ${inner.answered ? "not answered" : "answered"}`;
    return `not ${nested(inner)}`;
  }
  const id = condition.item;
  if ("equals" in condition) return `${id} is ${value(id, condition.equals)}`;
  if ("in" in condition) return `${id} is one of ${values(id, condition.in)}`;
  if ("notIn" in condition) return `${id} is none of ${values(id, condition.notIn)}`;
  if ("includes" in condition) return `${id} includes ${value(id, condition.includes)}`;
  if ("atLeast" in condition) return `${id} is at least ${condition.atLeast}`;
  if ("atMost" in condition) return `${id} is at most ${condition.atMost}`;
  return `${id} is ${condition.answered ? "answered" : "not answered"}`;
}

function checkNoteIds(
  notes: CodebookNotes,
  known: Record<"pages" | "variables" | "scales" | "derived", Set<string>>,
) {
  for (const kind of ["pages", "variables", "scales", "derived"] as const) {
    for (const id of Object.keys(notes[kind] ?? {})) {
      if (!known[kind].has(id)) throw new Error(`codebook note for unknown ${kind.slice(0, -1)} "${id}"`);
    }
  }
}

function scaleMethod(
  scale: InstrumentDefinition["scales"][number],
  fields: Map<string, AnswerField>,
): string {
  const needed = minimumAnswered(scale);
  const parts = [
    `${scale.aggregation === "mean" ? "Mean" : "Sum"} of the answered items' scores (an option's score where it has one, otherwise its code)`,
  ];
  if (scale.reverse.length > 0)
    parts.push(
      `reverse-scored items are mirrored within their range (lowest + highest − score): ${scale.reverse.join(", ")}`,
    );
  if (scale.rescale === "0-100")
    parts.push("each item is first mapped linearly onto 0–100 over its possible range");
  else if (scale.aggregation === "sum")
    parts.push("a partly answered sum is prorated (mean × number of items)");
  const missing = scale.items.some((id) =>
    fields.get(id)?.options?.some((option) => option.missingForScoring),
  );
  if (missing) parts.push("answers marked missing for scoring count as unanswered");
  parts.push(`no score unless at least ${needed} of ${scale.items.length} items are answered`);
  return `${parts.join("; ")}.`;
}

export function buildCodebook(definition: InstrumentDefinition, notes: CodebookNotes = {}): Codebook {
  const fields = answerFields(definition);
  const byId = new Map(fields.map((field) => [field.id, field]));
  checkNoteIds(notes, {
    pages: new Set(definition.pages.map((page) => page.id)),
    variables: new Set(byId.keys()),
    scales: new Set(definition.scales.map((scale) => scale.id)),
    derived: new Set(definition.derived.map((variable) => variable.id)),
  });
  const describe = (condition: Condition | undefined) =>
    condition ? describeCondition(condition, byId) : null;

  const variables = fields.map((field): CodebookVariable => {
    const { item, page } = field;
    const conditions = [describe(page.showIf), describe(item.showIf)].filter(
      (text): text is string => text !== null,
    );
    const randomized: string[] = [];
    if (page.randomizeItems) randomized.push("items on the page shown in random order");
    if (item.type === "matrix" && item.randomizeRows) randomized.push("rows shown in random order");
    if ((item.type === "single" || item.type === "multiple") && item.randomizeOptions)
      randomized.push("options shown in random order");
    const expected = field.attentionCheck?.expected;
    return {
      id: field.id,
      page: page.id,
      pageNumber: field.pageIndex + 1,
      type: item.type,
      matrix: item.type === "matrix" ? item.id : null,
      stem: field.stem?.en ?? null,
      text: field.text.en,
      help: item.help?.en ?? null,
      answerScale: item.type === "likert" || item.type === "matrix" ? item.scale : null,
      options: field.options?.map(toOption) ?? null,
      numeric:
        item.type === "numeric"
          ? {
              min: item.min,
              max: item.max,
              step: item.step,
              unit: item.unit?.en ?? null,
              minLabel: item.minLabel?.en ?? null,
              maxLabel: item.maxLabel?.en ?? null,
            }
          : null,
      freeText: item.type === "text" ? { maxLength: item.maxLength, multiline: item.multiline } : null,
      columns:
        item.type === "multiple" ? item.options.map((option) => `${item.id}_${option.code}`) : [field.id],
      required: item.required,
      condition: conditions.length > 0 ? conditions.join(" and ") : null,
      scales: definition.scales
        .filter((scale) => scale.items.includes(field.id))
        .map((scale) => ({ id: scale.id, reverse: scale.reverse.includes(field.id) })),
      quasiIdentifier: item.quasiIdentifier
        ? { kind: item.quasiIdentifier.kind, bands: item.quasiIdentifier.bands ?? null }
        : null,
      attentionCheck:
        expected === undefined
          ? null
          : { expected, label: field.options?.find((option) => option.code === expected)?.label.en ?? null },
      randomized,
      note: notes.variables?.[field.id] ?? null,
    };
  });

  return {
    instrument: {
      id: definition.id,
      schemaVersion: definition.schemaVersion,
      title: definition.title.en,
      description: definition.description.en,
      languages: definition.languages,
      estimatedMinutes: definition.estimatedMinutes,
      dataUse: definition.dataUse.en,
    },
    notes: notes.general ?? [],
    answerScales: Object.entries(definition.answerScales).map(([id, scale]) => ({
      id,
      label: scale.label.en,
      options: scale.options.map(toOption),
    })),
    pages: definition.pages.map((page, index) => ({
      id: page.id,
      number: index + 1,
      title: page.title.en,
      intro: page.intro?.en ?? null,
      condition: describe(page.showIf),
      screenOut: page.screenOut
        ? { unless: describeCondition(page.screenOut.unless, byId), message: page.screenOut.message.en }
        : null,
      randomizeItems: page.randomizeItems,
      variables: fields.filter((field) => field.pageIndex === index).map((field) => field.id),
      note: notes.pages?.[page.id] ?? null,
    })),
    variables,
    scales: definition.scales.map((scale) => ({
      id: scale.id,
      label: scale.label.en,
      description: scale.description?.en ?? null,
      items: scale.items,
      reverse: scale.reverse,
      aggregation: scale.aggregation,
      rescale: scale.rescale,
      minAnsweredShare: scale.minAnsweredShare,
      minimumAnswered: minimumAnswered(scale),
      method: scaleMethod(scale, byId),
      reference: scale.reference ?? null,
      note: notes.scales?.[scale.id] ?? null,
    })),
    derived: definition.derived.map((variable) => ({
      id: variable.id,
      label: variable.label.en,
      kind: variable.kind,
      of: [...variable.of],
      formula: `${variable.of[0]} − ${variable.of[1]} (missing when either is missing)`,
      note: notes.derived?.[variable.id] ?? null,
    })),
    references: definition.references.map((reference) => ({
      id: reference.id,
      citation: reference.citation,
      url: reference.url ?? null,
      terms: reference.terms ?? null,
      scales: definition.scales.filter((scale) => scale.reference === reference.id).map((scale) => scale.id),
    })),
  };
}

// ---------------------------------------------------------------------------------------
// Markdown

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

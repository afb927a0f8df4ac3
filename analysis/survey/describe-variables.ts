import { median } from "simple-statistics";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { type AnswerField, answerFields } from "../../instrument/traversal";
import type { AnalysisTable } from "./build-analysis-table";
import { fieldScoreRange } from "./field-score-range";
import { fieldScorer } from "./field-scorer";
import { meanCell } from "./mean-cell";
import { proportionCells } from "./proportion-cells";
import type { MeanDescriptive, ProportionDescriptive } from "./results-types";

type Rules = { minCellSize: number; lowPrecisionBelow: number };

function describeMean(
  values: number[],
  analysed: number,
  meta: Pick<MeanDescriptive, "variable" | "label" | "kind" | "unit">,
  rules: Rules,
): MeanDescriptive {
  const estimate = meanCell(values, rules);
  return {
    ...meta,
    missing: analysed - values.length,
    median: estimate.suppressed ? null : median(values),
    estimate,
  };
}

/** The analysed responses' values of one scale or derived variable (missing ones left out). */
const scored = (table: AnalysisTable, id: string) => {
  const out: number[] = [];
  for (const { scores } of table.rows) {
    const value = scores[id];
    if (typeof value === "number") out.push(value);
  }
  return out;
};

/** Means of every scale, then every derived variable. */
function scoreMeans(definition: InstrumentDefinition, table: AnalysisTable, rules: Rules, language: string) {
  const analysed = table.rows.length;
  return [
    ...definition.scales.map((scale) =>
      describeMean(
        scored(table, scale.id),
        analysed,
        {
          variable: scale.id,
          label: localize(scale.label, language),
          kind: "scale",
          unit: scale.rescale === "0-100" ? "score 0–100" : null,
        },
        rules,
      ),
    ),
    ...definition.derived.map((variable) =>
      describeMean(
        scored(table, variable.id),
        analysed,
        { variable: variable.id, label: localize(variable.label, language), kind: "derived", unit: null },
        rules,
      ),
    ),
  ];
}

/** One answer field's descriptive: a mean (numeric, or a scored item outside a scale), its shares, or none. */
function describeField(
  field: AnswerField,
  table: AnalysisTable,
  context: { rules: Rules; language: string; inScale: ReadonlySet<string> },
): MeanDescriptive | ProportionDescriptive | null {
  const { item } = field;
  const { rules, language } = context;
  const analysed = table.rows.length;
  const label = localize(field.text, language);
  const values = (read: (value: unknown) => number | null) => {
    const out: number[] = [];
    for (const { answers } of table.rows) {
      const value = read(answers[field.id]);
      if (value !== null) out.push(value);
    }
    return out;
  };
  if (item.type === "numeric") {
    const unit = item.unit ? localize(item.unit, language) : null;
    const meta = { variable: field.id, label, kind: "numeric", unit } as const;
    return describeMean(values(fieldScorer(field)), analysed, meta, rules);
  }
  if (
    (item.type === "likert" || item.type === "matrix") &&
    !context.inScale.has(field.id) &&
    !field.attentionCheck
  ) {
    const range = fieldScoreRange(field);
    const unit = range ? `score ${range[0]}–${range[1]}` : null;
    const meta = { variable: field.id, label, kind: "item", unit } as const;
    return describeMean(values(fieldScorer(field)), analysed, meta, rules);
  }
  if ((item.type === "single" || item.type === "multiple") && !field.page.screenOut) {
    const answers = table.rows.map(({ answers: a }) => a[field.id]);
    return {
      variable: field.id,
      label,
      kind: item.type,
      ...proportionCells(answers, item.options, item.type, {
        analysed,
        language,
        minCellSize: rules.minCellSize,
      }),
    };
  }
  return null;
}

/**
 * Descriptive statistics of the analysed responses, with n and missing everywhere: means with t-based 95 % CIs
 * ({@link meanCell}) for every scale, derived variable, numeric item and scored item outside a scale (attention
 * checks left out); the share choosing each option, with Wilson 95 % CIs ({@link proportionCells}), for every
 * single- and multiple-choice item except the eligibility questions of a screen-out page. The small-cell rule
 * applies to every mean and every count.
 *
 * Cost: O(n · fields).
 *
 * @example
 * describeVariables(definition, table, { minCellSize: 10, lowPrecisionBelow: 30 }).means[0].estimate.mean;
 */
export function describeVariables(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  rules: Rules,
): { means: MeanDescriptive[]; proportions: ProportionDescriptive[] } {
  const language = definition.languages[0] ?? "en";
  const means: MeanDescriptive[] = scoreMeans(definition, table, rules, language);
  const proportions: ProportionDescriptive[] = [];
  const context = { rules, language, inScale: new Set(definition.scales.flatMap((scale) => scale.items)) };
  for (const field of answerFields(definition)) {
    const described = describeField(field, table, context);
    if (described === null) continue;
    if ("estimate" in described) means.push(described);
    else proportions.push(described);
  }
  return { means, proportions };
}

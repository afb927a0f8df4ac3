import type { InstrumentDefinition } from "../definition-schema";
import { answerFields } from "../traversal";
import { answerColumns } from "./answer-columns";
import type { DataColumn } from "./column-types";
import { metaColumns } from "./meta-columns";

/** A score's column: a number, described by what it is computed from. */
function scoreColumn(kind: "scale" | "derived", id: string, label: string, description: string): DataColumn {
  return {
    name: id,
    label,
    shortLabel: label,
    description,
    type: "number",
    valueLabels: null,
    missingCodes: [],
    ordered: false,
    range: null,
    maxLength: null,
    source: { kind, id },
  };
}

function scoreColumns(definition: InstrumentDefinition): DataColumn[] {
  return [
    ...definition.scales.map((scale) =>
      scoreColumn(
        "scale",
        scale.id,
        scale.label.en,
        `${scale.description?.en ?? scale.label.en} Scale score (${scale.aggregation} of ${scale.items.join(", ")}); empty when too few items were answered.`,
      ),
    ),
    ...definition.derived.map((variable) =>
      scoreColumn(
        "derived",
        variable.id,
        variable.label.en,
        `${variable.label.en}: ${variable.of[0]} − ${variable.of[1]}; empty when either is missing.`,
      ),
    ),
  ];
}

/**
 * The columns of the data set, in order, as the definition defines them: response metadata, every variable in
 * definition order (answerFields; multiple choice as one 0/1 column per option), then scale scores and derived
 * variables. The codebook lists their labels; the exports (exports/export-columns.ts) apply disclosure control
 * to them, and the CSV, datapackage.json and the R, SPSS and Stata files share the result.
 */
export function dataColumns(definition: InstrumentDefinition): DataColumn[] {
  return [
    ...metaColumns(definition.languages),
    ...answerFields(definition).flatMap(answerColumns),
    ...scoreColumns(definition),
  ];
}

import type { InstrumentDefinition } from "../instrument/definition-schema";
import { missingCodes, SCORE_DECIMALS } from "../instrument/missing-codes";
import { coarseningSummary } from "./coarsening-summary";
import { identificationCodeNotice } from "../instrument/identification-code-notice";
import { type ExportColumn, exportColumns } from "./export-columns";
import { DEFAULT_CSV_FILE_NAME, type LoaderOptions } from "./export-types";

type Field = Record<string, unknown> & { name: string; type: string };

function field(column: ExportColumn): Field {
  const described: Field = {
    name: column.name,
    title: column.label,
    description: column.description,
    type: column.type,
  };
  if (column.type === "boolean") return { ...described, trueValues: ["1"], falseValues: ["0"] };
  const constraints: Record<string, unknown> = {};
  if (column.name === "response_id") Object.assign(constraints, { required: true, unique: true });
  if (column.range) Object.assign(constraints, { minimum: column.range.min, maximum: column.range.max });
  if (column.maxLength !== null) constraints.maxLength = column.maxLength;
  if (column.valueLabels) {
    constraints.enum = column.valueLabels.map((entry) => entry.code);
    described.categories = column.valueLabels.map((entry) => ({ value: entry.code, label: entry.label }));
    if (column.ordered) described.categoriesOrdered = true;
    if (column.missingCodes.length > 0) described["x-missing-for-scoring"] = column.missingCodes;
  }
  return Object.keys(constraints).length > 0 ? { ...described, constraints } : described;
}

/**
 * datapackage.json: a Frictionless Tabular Data Package (profile "tabular-data-package") with one
 * resource, the CSV, and its Table Schema: every column with its type, title (the question) and
 * description; coded columns with `constraints.enum` (the codes) and their value labels as
 * `categories` [{ value, label }] — the Table Schema v2 property for labelled codes, which v1
 * readers ignore — plus `categoriesOrdered` for answer scales and `x-missing-for-scoring` for
 * "don't know"-style codes; `missingValues`: the empty cell and the missing-data codes
 * (missingCodes: not shown, no score, skipped); response_id as the
 * primary key. The dialect states RFC 4180 as written by wideCsv.
 */
export function dataPackageJson(
  definition: InstrumentDefinition,
  options: LoaderOptions & { name?: string } = {},
): string {
  const columns = exportColumns(definition, options.coarsen);
  const codes = missingCodes(definition);
  const descriptor = {
    profile: "tabular-data-package",
    name: options.name ?? definition.id,
    title: definition.title.en,
    description: [
      definition.description.en,
      "One row per response; codes are explained in the codebook.",
      `Missing-data codes: ${codes.map((entry) => `${entry.code} = ${entry.label}`).join("; ")}; an empty cell is free text not given or a value withheld for anonymity. Scores are rounded to ${SCORE_DECIMALS} decimals.`,
      ...identificationCodeNotice(definition),
      ...coarseningSummary(definition, options.coarsen),
    ]
      .filter(Boolean)
      .join(" "),
    resources: [
      {
        name: "responses",
        path: options.csvFileName ?? DEFAULT_CSV_FILE_NAME,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\r\n", header: true },
        schema: {
          fields: columns.map(field),
          missingValues: ["", ...codes.map((entry) => String(entry.code))],
          primaryKey: ["response_id"],
        },
      },
    ],
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

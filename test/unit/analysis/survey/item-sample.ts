import { buildAnalysisTable } from "../../../../analysis/survey/build-analysis-table";
import { keyedItemColumns } from "../../../../analysis/survey/keyed-item-columns";
import { resolveRoles } from "../../../../analysis/survey/resolve-roles";
import { SURVEY_ROLES } from "../../../../analysis/survey/roles";
import type { SurveyResponseInput } from "../../../../analysis/survey/survey-options";
import { createRng } from "../../../../analysis/seeded-rng";
import type { InstrumentDefinition } from "../../../../instrument/definition-schema";

const na = (v: number) => (Number.isFinite(v) ? String(v) : "NA");

/**
 * The analysed respondents as the item-level analyses see them, as CSV (NA = missing): leaver (1/0/−1), the keyed
 * items of protective restructuring, CBI client burnout and institutional support, then every erosion outcome.
 */
export function itemSampleCsv(definition: InstrumentDefinition, responses: SurveyResponseInput[]): string {
  const roles = resolveRoles(definition, SURVEY_ROLES);
  const table = buildAnalysisTable(definition, responses, roles);
  const scales = ["protective_restructuring", "cbi_client", "institutional_support"];
  const items = scales.flatMap((id) => keyedItemColumns(definition, table, id));
  const names = scales.flatMap((id) => definition.scales.find((s) => s.id === id)!.items);
  const outcomes = roles.erosion.map((v) => v.id);
  const columns = [...items, ...outcomes.map((id) => table.columns.get(id)!)];
  const lines = [["leaver", ...names, ...outcomes].join(",")];
  for (let i = 0; i < table.rows.length; i++)
    lines.push([table.leaver[i], ...columns.map((c) => na(c[i]!))].join(","));
  return lines.join("\n") + "\n";
}

/** The resample indices bootstrapCI draws for one multi-column sample of n rows: B lines of n 0-based indices. */
export function bootstrapIndicesCsv(n: number, B: number, seed: number): string {
  const rng = createRng(seed);
  const index = new Uint32Array(n);
  const lines: string[] = [];
  for (let b = 0; b < B; b++) {
    rng.fillInts(index, n);
    lines.push(index.join(","));
  }
  return lines.join("\n") + "\n";
}

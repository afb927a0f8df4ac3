import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { fieldsById } from "../../instrument/traversal";
import type { AnalysisTable } from "./build-analysis-table";
import { fieldScoreRange } from "./field-score-range";
import { fieldScorer } from "./field-scorer";

/**
 * The items of a scale as columns over the analysed rows, keyed as the scoring keys them: each answer's score
 * (`fieldScorer`; "don't know" and unanswered are NaN), a reverse item mirrored within its range (lo + hi − v), so
 * that higher always means more of the construct.
 *
 * Cost: O(n · items).
 *
 * @throws Error "keyedItemColumns requires a scale …" when the definition has no such scale
 * @example
 * keyedItemColumns(definition, table, "protective_restructuring")[5]; // prot_let_care, mirrored
 */
export function keyedItemColumns(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  scaleId: string,
): Float64Array[] {
  const scale = definition.scales.find((s) => s.id === scaleId);
  if (!scale) throw new Error(`keyedItemColumns requires a scale "${scaleId}" in the definition`);
  const fields = fieldsById(definition);
  return scale.items.map((id) => {
    const field = fields.get(id)!;
    const score = fieldScorer(field);
    const [lo, hi] = fieldScoreRange(field) ?? [0, 0];
    const mirror = scale.reverse.includes(id);
    return Float64Array.from(table.rows, ({ answers }) => {
      const value = score(answers[id]);
      return value === null ? Number.NaN : mirror ? lo + hi - value : value;
    });
  });
}

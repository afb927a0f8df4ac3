import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { fieldsById } from "../../instrument/traversal";
import { cronbachAlpha } from "../cronbach-alpha";
import { itemTotalCorrelations } from "../item-total-correlations";
import type { AnalysisTable } from "./build-analysis-table";
import { fieldScoreRange } from "./field-score-range";
import { fieldScorer } from "./field-scorer";
import type { ScaleReliability } from "./results-types";

/**
 * Reliability of every scale of the definition on the analysed responses: Cronbach's α with Feldt's 95 % CI
 * ({@link cronbachAlpha}) and corrected item–total correlations ({@link itemTotalCorrelations}), both on the
 * complete cases of the scale's keyed items (reverse items mirrored within their range, as the scoring does).
 * α is left out (null, with a note) when fewer than `minCellSize` respondents answered every item, or when the
 * items do not vary.
 *
 * Cost: O(n · items).
 *
 * @example
 * scaleReliability(definition, table, 10)[0]; // { scale: "cbi_personal", alpha: 0.87, ci95: [...], nComplete, … }
 */
export function scaleReliability(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  minCellSize: number,
): ScaleReliability[] {
  const fields = fieldsById(definition);
  const language = definition.languages[0] ?? "en";
  return definition.scales.map((scale) => {
    const keyed = scale.items.map((id) => {
      const field = fields.get(id)!;
      const [lo, hi] = fieldScoreRange(field) ?? [0, 0];
      const score = fieldScorer(field);
      const reverse = scale.reverse.includes(id);
      return { id, score, mirror: reverse ? lo + hi : null };
    });
    // Only complete rows are kept: α and the item–total correlations use listwise deletion anyway.
    const items: number[][] = [];
    for (const { answers } of table.rows) {
      const row: number[] = [];
      for (const { id, score, mirror } of keyed) {
        const value = score(answers[id]);
        if (value === null) break;
        row.push(mirror === null ? value : mirror - value);
      }
      if (row.length === keyed.length) items.push(row);
    }
    const nComplete = items.length;
    const nScored = table.rows.filter(({ scores }) => typeof scores[scale.id] === "number").length;
    const base = {
      scale: scale.id,
      label: localize(scale.label, language),
      k: scale.items.length,
      nComplete,
      nScored,
    };
    const empty = { alpha: null, ci95: null, itemTotal: scale.items.map((item) => ({ item, r: null })) };
    if (nComplete < Math.max(minCellSize, 3)) {
      return { ...base, ...empty, note: `fewer than ${Math.max(minCellSize, 3)} complete responses` };
    }
    try {
      const { alpha, ci95 } = cronbachAlpha(items);
      const r = itemTotalCorrelations(items);
      return {
        ...base,
        alpha,
        ci95,
        itemTotal: scale.items.map((item, j) => ({ item, r: r[j]! })),
        note: null,
      };
    } catch (error) {
      return { ...base, ...empty, note: error instanceof Error ? error.message : String(error) };
    }
  });
}

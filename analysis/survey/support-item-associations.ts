import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { pearson } from "../pearson";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { keyedItemColumns } from "./keyed-item-columns";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, SupportItemAssociation } from "./results-types";
import type { TestFamilies } from "./test-families";

/** One item × outcome correlation among current practitioners, entered in the "support-items" family. */
function association(
  ids: { item: string; outcome: string },
  [item, y]: [Float64Array, Float64Array],
  stayer: (i: number) => boolean,
  context: { k: number; families: TestFamilies },
): SupportItemAssociation {
  const [s, v] = completeCases([item, y], stayer) as [Float64Array, Float64Array];
  if (s.length < context.k) return { ...ids, n: null, note: `fewer than ${context.k} current practitioners` };
  try {
    const { r, ci95, p, n } = pearson(s, v);
    // The registered object itself is returned: the families write its adjusted p at the end.
    const id = `${ids.item}:${ids.outcome}`;
    return context.families.add("support-items", id, { ...ids, r, ci95, n, note: null, p });
  } catch (error) {
    return { ...ids, n: null, note: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Each institutional-support item's association with each erosion outcome among current practitioners:
 * Pearson's r with its Fisher-z 95 % CI and t-test (R `cor.test(item, outcome)`), the item keyed so that higher
 * means more support (a reverse item mirrored, as the scale scores it). Pearson's r is the standardised slope, the
 * same measure as the composite's continuous association beside the extreme-group contrast, so an item can be
 * read against the scale. Every item × outcome test is one family corrected by Benjamini–Hochberg
 * ("support-items", whatever `settings.correction` is): a screen of which kinds of support go with less erosion,
 * where the false discovery rate, not the family-wise error, is the error that matters. Unadjusted for tenure:
 * the question is descriptive, as for the composite's r; the moderation model is where tenure is held fixed.
 *
 * Cost: O(items · outcomes · n).
 *
 * @returns one row per item and outcome, in item then outcome order (n null with a note below the small-cell rule)
 * @example
 * supportItemAssociations(definition, table, roles, settings, families)[0]; // { item, outcome, r, ci95, p, … }
 */
export function supportItemAssociations(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  roles: ResolvedRoles,
  settings: AnalysisSettings,
  families: TestFamilies,
): SupportItemAssociation[] {
  if (roles.supportItems.length === 0) return [];
  const items = keyedItemColumns(definition, table, roles.support.id);
  const stayer = (i: number) => table.leaver[i] === 0;
  const k = settings.minCellSize;
  return roles.supportItems.flatMap((item, j) =>
    roles.erosion.map((outcome) =>
      association(
        { item: item.id, outcome: outcome.id },
        [items[j]!, table.columns.get(outcome.id)!],
        stayer,
        { k, families },
      ),
    ),
  );
}

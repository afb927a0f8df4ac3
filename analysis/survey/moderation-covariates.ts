import type { AnalysisTable } from "./build-analysis-table";
import type { ResolvedRoles } from "./resolve-roles";

/** Covariate columns of the sensitivity model over the rows that have them, or a note why there are none. */
export type SensitivityCovariates =
  | { names: string[]; keep: boolean[]; columns: Record<string, Float64Array> }
  | { covariates: string[]; note: string };

const code = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : Number.NaN);

/**
 * The sensitivity model's covariates for the given analysis rows: hostile-contact frequency scored by its
 * answer code (an ordinal score, 1 = never … 6 = several times a day in the default instrument) and role as
 * indicator columns (treatment coding, the lowest code present the reference — R `factor(role)`). `keep` marks
 * the rows (in the order given) with every covariate; the columns hold those rows only.
 *
 * Cost: O(rows).
 */
export function sensitivityCovariates(
  table: AnalysisTable,
  roles: ResolvedRoles,
  rows: readonly number[],
): SensitivityCovariates {
  const names = [...(roles.hostileContact ? [roles.hostileContact.id] : []), roles.leaver.item];
  const hostile = rows.map((i) =>
    roles.hostileContact ? code(table.rows[i]!.answers[roles.hostileContact.id]) : 0,
  );
  const role = rows.map((i) => code(table.rows[i]!.answers[roles.leaver.item]));
  const keep = rows.map((_, r) => Number.isFinite(hostile[r]) && Number.isFinite(role[r]));
  const kept = keep.flatMap((k, r) => (k ? [r] : []));
  if (kept.length === 0)
    return { covariates: names, note: "no current practitioner answered every covariate" };
  const levels = [...new Set(kept.map((r) => role[r]!))].sort((a, b) => a - b);
  const columns: Record<string, Float64Array> = {};
  if (roles.hostileContact) columns[roles.hostileContact.id] = Float64Array.from(kept, (r) => hostile[r]!);
  for (const level of levels.slice(1)) {
    columns[`${roles.leaver.item}=${level}`] = Float64Array.from(kept, (r) => (role[r] === level ? 1 : 0));
  }
  return { names, keep, columns };
}

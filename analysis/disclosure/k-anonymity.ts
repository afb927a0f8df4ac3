import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { type ClassStats, equivalenceClasses, recordsBelowK } from "./equivalence-classes";
import type { Coarsening, DisclosureRecord, QuasiIdentifierRecode } from "./coarsening-types";
import { type CodedChain, latticeSearch } from "./lattice-search";
import {
  type QuasiIdentifier,
  quasiIdentifiers,
  type WithheldQuasiIdentifier,
  withheldQuasiIdentifiers,
} from "./quasi-identifiers";

export type { ClassStats } from "./equivalence-classes";

export const DEFAULT_K = 5;
/** Share of the records that may be suppressed locally instead of coarsening further (ARX and sdcMicro practice). */
export const DEFAULT_SUPPRESSION_LIMIT = 0.02;

export type KAnonymityReport = {
  k: number;
  records: number;
  quasiIdentifiers: { id: string; kind: string; label: string }[];
  /** Quasi-identifiers that never reach an export (the identification code's elements): listed, not counted. */
  withheld: WithheldQuasiIdentifier[];
  /** The data as answered. */
  before: ClassStats;
  /** True when every class already has at least k records (always true without quasi-identifiers and k ≤ n). */
  meetsK: boolean;
  /** The suppression limit as a share of the records, and the number of records it allows. */
  suppressionLimit: number;
  maxSuppressed: number;
  /** The coarsening plan (null when none is needed), what it does in words, and the classes after it. */
  coarsening: Coarsening | null;
  coarsened: { id: string; label: string; change: string }[];
  /** Records whose quasi-identifiers the plan blanks (local suppression). */
  suppressed: number;
  /** Classes among the records that keep their quasi-identifiers. */
  after: ClassStats | null;
  /** False only when even suppressing every quasi-identifier leaves a class below k (fewer than k records). */
  coarseningMeetsK: boolean;
};

function coded(values: readonly string[][]): CodedChain {
  const ids: Int32Array[] = [];
  const cardinalities: number[] = [];
  for (const level of values) {
    const index = new Map<string, number>();
    ids.push(Int32Array.from(level, (value) => index.get(value) ?? index.set(value, index.size).size - 1));
    cardinalities.push(index.size);
  }
  return { ids, cardinalities };
}

/** The recodes a lattice node stands for, keyed by variable id, and each in words for the report. */
function nodeRecodes(fields: readonly QuasiIdentifier[], node: readonly number[]) {
  const recodes: Record<string, QuasiIdentifierRecode> = {};
  const coarsened: KAnonymityReport["coarsened"] = [];
  for (const [q, field] of fields.entries()) {
    const level = field.chain.levels[node[q] ?? 0];
    const recode = level ? field.recodeAt(level) : null;
    if (!recode) continue;
    recodes[field.id] = recode;
    coarsened.push({ id: field.id, label: field.label, change: field.describe(recode) });
  }
  return { recodes, coarsened };
}

/**
 * k-anonymity of an export over the instrument's quasi-identifiers (items flagged
 * `quasiIdentifier`, and the language answered in when the survey offers several; Sweeney 2002, "k-anonymity: a model for protecting privacy"): the
 * equivalence classes among the responses being exported (records sharing every
 * quasi-identifier value; an empty answer counts as a value), the smallest class, and how many
 * records sit in classes smaller than k. When some do, it plans the coarsening with the least
 * information loss that meets k, allowing up to `suppressionLimit` of the records (rounded down)
 * to be suppressed locally instead (Samarati 2001; the ARX and sdcMicro default practice): each
 * quasi-identifier has a chain of coarser levels (coarsening-steps.ts: numeric answers into their
 * declared bands, then neighbouring bands merged; rare categories merged into "other"; finally
 * suppression), latticeSearch finds the combination of levels with the smallest summed relative
 * height under which at most that many records stay in classes below k, and those records get
 * every quasi-identifier blanked. No record is dropped.
 *
 * Cost: O(e × n × q) for e lattice nodes evaluated, n records and q quasi-identifiers.
 *
 * @throws Error when k is not an integer of at least 2, or the limit is not a share from 0 to 1
 */
export function kAnonymityReport(
  definition: InstrumentDefinition,
  responses: readonly DisclosureRecord[],
  options: { k?: number; suppressionLimit?: number } = {},
): KAnonymityReport {
  const k = options.k ?? DEFAULT_K;
  const suppressionLimit = options.suppressionLimit ?? DEFAULT_SUPPRESSION_LIMIT;
  if (!Number.isInteger(k) || k < 2)
    throw new Error("kAnonymityReport requires k to be an integer of at least 2");
  if (!(suppressionLimit >= 0 && suppressionLimit <= 1))
    throw new Error("kAnonymityReport requires suppressionLimit to be a share from 0 to 1");
  const maxSuppressed = Math.floor(suppressionLimit * responses.length + 1e-9);
  const fields = quasiIdentifiers(definition, responses);
  const codedChains = fields.map((field) => coded(field.chain.values));
  const columnsAt = (node: readonly number[]) => ({
    ids: codedChains.map((chain, q) => chain.ids[node[q] ?? 0]!),
    cardinalities: codedChains.map((chain, q) => chain.cardinalities[node[q] ?? 0] ?? 1),
  });
  const exact = columnsAt(fields.map(() => 0));
  const before = equivalenceClasses(exact.ids, exact.cardinalities, responses.length, k);
  const needed = before.recordsBelowK > 0;
  const search = needed
    ? latticeSearch(codedChains, responses.length, k, { maxSuppressed })
    : { node: fields.map(() => 0), stats: before };
  const meets = search.stats.recordsBelowK <= maxSuppressed;
  const chosen = columnsAt(search.node);
  const mask =
    needed && meets ? recordsBelowK(chosen.ids, chosen.cardinalities, responses.length, k) : undefined;
  const suppressedResponses = responses.filter((_, row) => mask?.[row]).map((response) => response.id);
  const { recodes, coarsened } = nodeRecodes(fields, search.node);
  return {
    k,
    records: responses.length,
    quasiIdentifiers: fields.map(({ id, kind, label }) => ({ id, kind, label })),
    withheld: withheldQuasiIdentifiers(definition),
    before,
    meetsK: !needed,
    suppressionLimit,
    maxSuppressed,
    coarsening: needed ? { k, recodes, suppressedResponses } : null,
    coarsened,
    suppressed: suppressedResponses.length,
    after: needed ? equivalenceClasses(chosen.ids, chosen.cardinalities, responses.length, k, mask) : null,
    coarseningMeetsK: meets,
  };
}

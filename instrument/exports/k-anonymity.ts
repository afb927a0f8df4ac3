import type { InstrumentDefinition } from "../definition-schema";
import { type AnswerField, answerFields } from "../traversal";
import { levelChain, levelRecode } from "./coarsening-steps";
import { type ClassStats, equivalenceClasses } from "./equivalence-classes";
import type { Coarsening, ExportResponse, QuasiIdentifierRecode } from "./export-types";
import { type CodedChain, latticeSearch } from "./lattice-search";

export type { ClassStats } from "./equivalence-classes";

export const DEFAULT_K = 5;

export type KAnonymityReport = {
  k: number;
  records: number;
  quasiIdentifiers: { id: string; kind: string; label: string }[];
  /** The data as answered. */
  before: ClassStats;
  /** True when every class already has at least k records (always true without quasi-identifiers and k ≤ n). */
  meetsK: boolean;
  /** The coarsening plan (null when none is needed), what it does in words, and the classes after it. */
  coarsening: Coarsening | null;
  coarsened: { id: string; label: string; change: string }[];
  after: ClassStats | null;
  /** False only when even suppressing every quasi-identifier leaves a class below k (fewer than k records). */
  coarseningMeetsK: boolean;
};

function describe(recode: QuasiIdentifierRecode, field: AnswerField): string {
  if (recode.kind === "suppress") return "left out of the export (every value empty)";
  if (recode.kind === "bands" && recode.bands.length === 1)
    return `only whether it was answered is kept: ${field.id}_band is 1 (${recode.bands[0]?.label}) or empty`;
  if (recode.kind === "bands")
    return `exact answers replaced by ${recode.bands.length} bands in ${field.id}_band: ${recode.bands.map((band) => band.label).join(", ")}`;
  const labels = recode.merged.map(
    (code) => field.options?.find((option) => option.code === code)?.label.en ?? code,
  );
  return `${labels.map((label) => `"${label}"`).join(", ")} merged into code ${recode.otherCode} ("Other (merged for anonymity)")`;
}

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

/**
 * k-anonymity of an export over the instrument's quasi-identifiers (items flagged
 * `quasiIdentifier`; Sweeney 2002, "k-anonymity: a model for protecting privacy"): the
 * equivalence classes among the responses being exported (records sharing every
 * quasi-identifier value; an empty answer counts as a value), the smallest class, and how many
 * records sit in classes smaller than k. When some do, it plans the coarsening with the least
 * information loss that meets k: each quasi-identifier has a chain of coarser levels
 * (coarsening-steps.ts: numeric answers into their declared bands, then neighbouring bands
 * merged; rare categories merged into "other"; finally suppression), and latticeSearch finds the
 * combination of levels with the smallest summed relative height. Whole columns are coarsened;
 * no record is dropped.
 *
 * Cost: O(e × n × q) for e lattice nodes evaluated, n records and q quasi-identifiers.
 *
 * @throws Error when k is not an integer of at least 2
 */
export function kAnonymityReport(
  definition: InstrumentDefinition,
  responses: readonly ExportResponse[],
  options: { k?: number } = {},
): KAnonymityReport {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 2)
    throw new Error("kAnonymityReport requires k to be an integer of at least 2");
  const fields = answerFields(definition).filter((field) => field.item.quasiIdentifier);
  const answers = responses.map((response) => response.answers);
  const chains = fields.map((field) => levelChain(field, answers));
  const codedChains = chains.map((chain) => coded(chain.values));
  const before = equivalenceClasses(
    codedChains.map((chain) => chain.ids[0]!),
    codedChains.map((chain) => chain.cardinalities[0] ?? 1),
    responses.length,
    k,
  );
  const needed = before.recordsBelowK > 0;
  const search = needed
    ? latticeSearch(codedChains, responses.length, k)
    : { node: fields.map(() => 0), stats: before };
  const recodes: Record<string, QuasiIdentifierRecode> = {};
  const coarsened: KAnonymityReport["coarsened"] = [];
  for (const [q, field] of fields.entries()) {
    const level = chains[q]?.levels[search.node[q] ?? 0];
    const recode = level ? levelRecode(field, level) : null;
    if (!recode) continue;
    recodes[field.id] = recode;
    coarsened.push({ id: field.id, label: field.text.en, change: describe(recode, field) });
  }
  return {
    k,
    records: responses.length,
    quasiIdentifiers: fields.map((field) => ({
      id: field.id,
      kind: field.item.quasiIdentifier?.kind ?? "other",
      label: field.text.en,
    })),
    before,
    meetsK: !needed,
    coarsening: needed ? { k, recodes } : null,
    coarsened,
    after: needed ? search.stats : null,
    coarseningMeetsK: search.stats.recordsBelowK === 0,
  };
}

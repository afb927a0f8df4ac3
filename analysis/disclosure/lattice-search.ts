import { type ClassStats, equivalenceClasses } from "./equivalence-classes";
import { NodeHeap } from "./lattice-heap";

/** A quasi-identifier's class values at each of its levels, as integer ids (`ids[level][record]`). */
export type CodedChain = { ids: Int32Array[]; cardinalities: number[] };

export type LatticeResult = {
  /** The chosen level of each quasi-identifier. */
  node: number[];
  /** The node's classes over every record; its `recordsBelowK` are the records to suppress locally. */
  stats: ClassStats;
  /** Nodes whose classes were counted in full (the others were ruled out by a pair of quasi-identifiers). */
  evaluated: number;
  /** True when the search gave up after `budget` visited nodes and fell back to the coarsest node. */
  exhausted: boolean;
};

export type LatticeSearchOptions = {
  /** Records that may stay in classes below k (they are then suppressed locally); 0 by default. */
  maxSuppressed?: number;
  /** Lattice nodes visited before the search gives up and falls back to the coarsest node. */
  budget?: number;
};

/** Lattice nodes visited before the search gives up and falls back to suppressing every quasi-identifier. */
export const LATTICE_SEARCH_BUDGET = 200_000;

/** Information loss of a node: the sum of each quasi-identifier's relative height (Sweeney's Prec, as a loss). */
function loss(node: readonly number[], chains: readonly CodedChain[]): number {
  return node.reduce((sum, level, q) => sum + level / Math.max((chains[q]?.ids.length ?? 1) - 1, 1), 0);
}

/**
 * A test that rules a lattice node out without counting its classes in full: true when its projection onto
 * some pair of quasi-identifiers already has more than `maxSuppressed` records below k (every record in a small
 * class of the pair is in a small class of the whole: Incognito's subset property). Pair counts are cached.
 */
function pairPruner(chains: readonly CodedChain[], records: number, k: number, maxSuppressed: number) {
  const height = Math.max(1, ...chains.map((chain) => chain.ids.length));
  // Records below k in each pair projection, plus 1 (0 = not yet counted).
  const pairBelowK = new Int32Array(chains.length * chains.length * height * height);
  const pairFailsAt = (p: number, q: number, lp: number, lq: number) => {
    const slot = ((p * chains.length + q) * height + lp) * height + lq;
    if (pairBelowK[slot] === 0) {
      const ids = [chains[p]!.ids[lp]!, chains[q]!.ids[lq]!];
      const cardinalities = [chains[p]!.cardinalities[lp] ?? 1, chains[q]!.cardinalities[lq] ?? 1];
      pairBelowK[slot] = equivalenceClasses(ids, cardinalities, records, k).recordsBelowK + 1;
    }
    return pairBelowK[slot]! - 1 > maxSuppressed;
  };
  return (node: number[]) => {
    for (let p = 0; p < node.length; p += 1)
      for (let q = p + 1; q < node.length; q += 1) if (pairFailsAt(p, q, node[p]!, node[q]!)) return true;
    return false;
  };
}

/**
 * The least-loss combination of levels (one per quasi-identifier, each chain ordered from exact
 * to suppressed) under which at most `maxSuppressed` records sit in classes smaller than k — the
 * k-anonymity model with a suppression limit (Samarati 2001's MaxSup; ARX's and sdcMicro's
 * record suppression). A best-first search of the generalisation lattice (LeFevre et al. 2005,
 * "Incognito") in order of Prec loss, so the first acceptable node found is a least-loss one;
 * among acceptable nodes of equal loss, the one leaving fewest records below k wins, then the
 * lexicographically smaller. Coarsening only merges classes, so the records below k can only
 * fall going up the lattice. A node is ruled out without a full count when its projection onto
 * some pair of quasi-identifiers already has more than `maxSuppressed` records below k
 * ({@link pairPruner}).
 *
 * Cost: O(e × n × q + v × q²) for e fully evaluated and v visited nodes (v at most `budget`), n
 * records and q quasi-identifiers.
 */
export function latticeSearch(
  chains: readonly CodedChain[],
  records: number,
  k: number,
  options: LatticeSearchOptions = {},
): LatticeResult {
  const { maxSuppressed = 0, budget = LATTICE_SEARCH_BUDGET } = options;
  const evaluate = (node: number[]) =>
    equivalenceClasses(
      node.map((level, q) => chains[q]!.ids[level]!),
      node.map((level, q) => chains[q]!.cardinalities[level] ?? 1),
      records,
      k,
    );
  const ruledOut = pairPruner(chains, records, k, maxSuppressed);
  const heap = new NodeHeap();
  const seen = new Set<string>();
  const enqueue = (node: number[]) => {
    const key = node.join(",");
    if (seen.has(key)) return;
    seen.add(key);
    heap.push({ loss: loss(node, chains), node });
  };
  enqueue(chains.map(() => 0));
  let best: { node: number[]; stats: ClassStats; loss: number } | null = null;
  let evaluated = 0;
  let visited = 0;
  while (heap.size > 0 && visited < budget) {
    // Once a node is accepted, only nodes of the same loss can still beat it (on records below k).
    if (best && (heap.peek()?.loss ?? Infinity) > best.loss + 1e-12) break;
    const { node, loss: nodeLoss } = heap.pop();
    visited += 1;
    if (!ruledOut(node)) {
      const stats = evaluate(node);
      evaluated += 1;
      const better = !best || stats.recordsBelowK < best.stats.recordsBelowK;
      if (stats.recordsBelowK <= maxSuppressed && better) best = { node, stats, loss: nodeLoss };
      if (stats.recordsBelowK === 0 && best?.node === node) break;
    }
    if (best) continue;
    for (const q of node.keys())
      if ((node[q] ?? 0) + 1 < (chains[q]?.ids.length ?? 0))
        enqueue(node.map((level, other) => (other === q ? level + 1 : level)));
  }
  if (best) return { node: best.node, stats: best.stats, evaluated, exhausted: false };
  const top = chains.map((chain) => chain.ids.length - 1);
  return { node: top, stats: evaluate(top), evaluated, exhausted: heap.size > 0 };
}

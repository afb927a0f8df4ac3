import { type ClassStats, equivalenceClasses } from "./equivalence-classes";

/** A quasi-identifier's class values at each of its levels, as integer ids (`ids[level][record]`). */
export type CodedChain = { ids: Int32Array[]; cardinalities: number[] };

export type LatticeResult = {
  /** The chosen level of each quasi-identifier. */
  node: number[];
  stats: ClassStats;
  /** Nodes whose classes were counted in full (the others were ruled out by a pair of quasi-identifiers). */
  evaluated: number;
  /** True when the search gave up after `budget` visited nodes and fell back to the coarsest node. */
  exhausted: boolean;
};

/** Lattice nodes visited before the search gives up and falls back to suppressing every quasi-identifier. */
export const LATTICE_SEARCH_BUDGET = 200_000;

/** Information loss of a node: the sum of each quasi-identifier's relative height (Sweeney's Prec, as a loss). */
function loss(node: readonly number[], chains: readonly CodedChain[]): number {
  return node.reduce((sum, level, q) => sum + level / Math.max((chains[q]?.ids.length ?? 1) - 1, 1), 0);
}

/** Lower loss first; ties go to the lexicographically smaller node (the earlier variables kept finer), so results are stable. */
function before(a: { loss: number; node: number[] }, b: { loss: number; node: number[] }): boolean {
  if (Math.abs(a.loss - b.loss) > 1e-12) return a.loss < b.loss;
  for (const [q, level] of a.node.entries()) if (level !== b.node[q]) return level < (b.node[q] ?? 0);
  return false;
}

/**
 * The least-loss combination of levels (one per quasi-identifier, each chain ordered from exact
 * to suppressed) under which every equivalence class has at least k records: a best-first search
 * of the generalisation lattice (Samarati 2001; LeFevre et al. 2005, "Incognito") in order of
 * Prec loss, so the first node found that is k-anonymous is a least-loss one. Coarsening only
 * merges classes, so k-anonymity is monotone up the lattice and the search always ends. Nodes
 * whose projection onto some pair of quasi-identifiers is already below k are ruled out without a
 * full evaluation (Incognito's subset property).
 *
 * Cost: O(e × n × q + v × q²) for e fully evaluated and v visited nodes (v at most `budget`), n
 * records and q quasi-identifiers.
 */
export function latticeSearch(
  chains: readonly CodedChain[],
  records: number,
  k: number,
  budget = LATTICE_SEARCH_BUDGET,
): LatticeResult {
  const evaluate = (node: number[]) =>
    equivalenceClasses(
      node.map((level, q) => chains[q]!.ids[level]!),
      node.map((level, q) => chains[q]!.cardinalities[level] ?? 1),
      records,
      k,
    );
  // Subset property (Incognito): if the projection onto two quasi-identifiers already has a class
  // below k, so does the full combination. Pairs are cheap to tabulate and rule most nodes out.
  const height = Math.max(1, ...chains.map((chain) => chain.ids.length));
  // 0 = not yet known, 1 = the pair projection meets k, 2 = it does not.
  const pairFails = new Int8Array(chains.length * chains.length * height * height);
  const pairFailsAt = (p: number, q: number, lp: number, lq: number) => {
    const slot = ((p * chains.length + q) * height + lp) * height + lq;
    if (pairFails[slot] === 0) {
      const ids = [chains[p]!.ids[lp]!, chains[q]!.ids[lq]!];
      const cardinalities = [chains[p]!.cardinalities[lp] ?? 1, chains[q]!.cardinalities[lq] ?? 1];
      pairFails[slot] = equivalenceClasses(ids, cardinalities, records, k).recordsBelowK > 0 ? 2 : 1;
    }
    return pairFails[slot] === 2;
  };
  const ruledOut = (node: number[]) => {
    for (let p = 0; p < node.length; p += 1)
      for (let q = p + 1; q < node.length; q += 1) if (pairFailsAt(p, q, node[p]!, node[q]!)) return true;
    return false;
  };
  const heap: { loss: number; node: number[] }[] = [];
  const push = (node: number[]) => {
    heap.push({ loss: loss(node, chains), node });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let next = i;
        if (left < heap.length && before(heap[left]!, heap[next]!)) next = left;
        if (right < heap.length && before(heap[right]!, heap[next]!)) next = right;
        if (next === i) break;
        [heap[i], heap[next]] = [heap[next]!, heap[i]!];
        i = next;
      }
    }
    return top.node;
  };
  const seen = new Set<string>();
  const start = chains.map(() => 0);
  push(start);
  seen.add(start.join(","));
  let evaluated = 0;
  let visited = 0;
  while (heap.length > 0 && visited < budget) {
    const node = pop();
    visited += 1;
    if (!ruledOut(node)) {
      const stats = evaluate(node);
      evaluated += 1;
      if (stats.recordsBelowK === 0) return { node, stats, evaluated, exhausted: false };
    }
    for (const q of node.keys()) {
      if ((node[q] ?? 0) + 1 >= (chains[q]?.ids.length ?? 0)) continue;
      const next = node.map((level, other) => (other === q ? level + 1 : level));
      const key = next.join(",");
      if (!seen.has(key)) {
        seen.add(key);
        push(next);
      }
    }
  }
  const top = chains.map((chain) => chain.ids.length - 1);
  return { node: top, stats: evaluate(top), evaluated, exhausted: heap.length > 0 };
}

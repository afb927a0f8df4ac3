import type { WaveComparison } from "./compare-waves";
import type { LinkageRecord, VerificationFailure } from "./types";
import { verifyLink, type VerificationRule } from "./verify-link";

export interface AssignedPair {
  earlier: number;
  later: number;
  weight: number;
}

export interface Assignment {
  /** in the order assigned: descending weight */
  pairs: AssignedPair[];
  /** pairs whose records were both free when reached but that failed verification (weight ≥ recordFrom only) */
  rejected: { weight: number; reason: VerificationFailure }[];
}

/** Every pair's index, ordered by its pattern's weight (highest first), ties by pattern code then by index. */
function pairsByWeight(comparison: WaveComparison, weightOf: ReadonlyMap<number, number>): Uint32Array {
  const codes = [...comparison.patternCounts.keys()].sort(
    (a, b) => weightOf.get(b)! - weightOf.get(a)! || a - b,
  );
  const offset = new Map<number, number>();
  let next = 0;
  for (const code of codes) {
    offset.set(code, next);
    next += comparison.patternCounts.get(code)!;
  }
  const order = new Uint32Array(comparison.pairPatterns.length);
  comparison.pairPatterns.forEach((code, pair) => {
    const at = offset.get(code)!;
    order[at] = pair;
    offset.set(code, at + 1);
  });
  return order;
}

/**
 * One-to-one assignment between two waves, greedy by descending total weight: the heaviest pair whose records are
 * both still free is taken, if it passes verification; a pair that fails leaves both records free for their next
 * candidate. Greedy, not an optimal (maximum total weight) assignment: a true pair's weight is far above any pair
 * of strangers it competes with, so both agree except where two pairs are near-ties, and greedy runs in
 * O(n₁·n₂) after a bucket sort by pattern (≤ 3^k distinct weights) instead of the O(n³) Hungarian method.
 *
 * Cost: O(n₁·n₂ + patterns·log patterns).
 */
export function assignOneToOne(
  comparison: WaveComparison,
  weightOf: ReadonlyMap<number, number>,
  records: { earlier: readonly LinkageRecord[]; later: readonly LinkageRecord[] },
  rule: VerificationRule,
  recordFrom: number,
): Assignment {
  const { earlierCount, laterCount } = comparison;
  const earlierTaken = new Uint8Array(earlierCount);
  const laterTaken = new Uint8Array(laterCount);
  const most = Math.min(earlierCount, laterCount);
  const assignment: Assignment = { pairs: [], rejected: [] };
  for (const pair of pairsByWeight(comparison, weightOf)) {
    if (assignment.pairs.length === most) break;
    const i = Math.floor(pair / laterCount);
    const j = pair - i * laterCount;
    if (earlierTaken[i] || laterTaken[j]) continue;
    const weight = weightOf.get(comparison.pairPatterns[pair]!)!;
    const failure = verifyLink(records.earlier[i]!, records.later[j]!, rule);
    if (failure) {
      if (weight >= recordFrom) assignment.rejected.push({ weight, reason: failure });
      continue;
    }
    earlierTaken[i] = 1;
    laterTaken[j] = 1;
    assignment.pairs.push({ earlier: i, later: j, weight });
  }
  return assignment;
}

import type { ComparisonPatternCount, ComparisonState, LinkageRecord } from "./types";

/** Comparison states as digits of a base-3 pattern code. */
const MISSING = 0;
const DISAGREE = 1;
const AGREE = 2;
const STATE_NAMES: readonly ComparisonState[] = ["missing", "disagree", "agree"];
export const MAX_COMPARED_ELEMENTS = 20;

export interface WaveComparison {
  elements: number;
  earlierCount: number;
  laterCount: number;
  /** pattern code of pair (i, j) at i·laterCount + j; digit k (base 3) is element k's state */
  pairPatterns: Uint32Array;
  /** how many pairs show each pattern code */
  patternCounts: Map<number, number>;
}

/** Each element's answers as small integers, equal strings equal numbers, 0 for "I don't know". */
function encodeAnswers(
  earlier: readonly LinkageRecord[],
  later: readonly LinkageRecord[],
  k: number,
): Int32Array[] {
  return Array.from({ length: k }, (_, element) => {
    const ids = new Map<string, number>();
    const encoded = new Int32Array(earlier.length + later.length);
    [...earlier, ...later].forEach((record, index) => {
      const value = record.code[element];
      if (value === null || value === undefined) return;
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = ids.size + 1));
      encoded[index] = id;
    });
    return encoded;
  });
}

/**
 * Compares every earlier record with every later one, element by element: agree, disagree, or missing when either
 * answer is "I don't know". Hashes are compared for equality only (a keyed hash keeps equality and nothing else).
 *
 * Cost: O(n₁·n₂·k) time, O(n₁·n₂) memory (4 bytes per pair: 800 × 800 is 2.5 MB).
 */
export function compareWaves(
  earlier: readonly LinkageRecord[],
  later: readonly LinkageRecord[],
): WaveComparison {
  const k = earlier[0]?.code.length ?? later[0]?.code.length ?? 0;
  const answers = encodeAnswers(earlier, later, k);
  const n1 = earlier.length;
  const n2 = later.length;
  const pairPatterns = new Uint32Array(n1 * n2);
  const patternCounts = new Map<number, number>();
  for (let i = 0; i < n1; i++) {
    for (let j = 0; j < n2; j++) {
      let code = 0;
      for (let e = k - 1; e >= 0; e--) {
        const a = answers[e]![i]!;
        const b = answers[e]![n1 + j]!;
        code = code * 3 + (a === 0 || b === 0 ? MISSING : a === b ? AGREE : DISAGREE);
      }
      pairPatterns[i * n2 + j] = code;
      patternCounts.set(code, (patternCounts.get(code) ?? 0) + 1);
    }
  }
  return { elements: k, earlierCount: n1, laterCount: n2, pairPatterns, patternCounts };
}

/** The states of a pattern code, element 0 first. */
export function patternStates(code: number, elements: number): ComparisonState[] {
  const states: ComparisonState[] = [];
  for (let e = 0; e < elements; e++) {
    states.push(STATE_NAMES[code % 3]!);
    code = Math.floor(code / 3);
  }
  return states;
}

export function distinctPatterns(comparison: WaveComparison): (ComparisonPatternCount & { code: number })[] {
  return [...comparison.patternCounts].map(([code, count]) => ({
    code,
    count,
    states: patternStates(code, comparison.elements),
  }));
}

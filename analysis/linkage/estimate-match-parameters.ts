import type { ComparisonPatternCount, ElementParameters, MatchParameters } from "./types";

export const EM_TOLERANCE = 1e-10;
export const EM_MAX_ITERATIONS = 5000;
/** m and u are kept inside [ε, 1 − ε] so that no weight is infinite. */
const EPSILON = 1e-9;

export interface EmStart {
  /** start value of the match proportion (default 0.1) */
  matchProportion?: number;
  /** start value of every m (default 0.9) */
  m?: number;
}

interface Sums {
  matchWeight: number;
  total: number;
  agreeMatch: Float64Array;
  answeredMatch: Float64Array;
  agreeNon: Float64Array;
  answeredNon: Float64Array;
}

const clampProbability = (p: number): number => Math.min(1 - EPSILON, Math.max(EPSILON, p));

function checkPatterns(patterns: readonly ComparisonPatternCount[]): number {
  const k = patterns[0]?.states.length ?? 0;
  if (k === 0) throw new Error("estimateMatchParameters requires at least one pattern with one element");
  for (const { states, count } of patterns) {
    if (states.length !== k)
      throw new Error("estimateMatchParameters requires every pattern to have the same length");
    if (!(count >= 0) || !Number.isFinite(count))
      throw new Error("estimateMatchParameters requires non-negative finite counts");
  }
  return k;
}

/** Overall agreement rate per element among answered comparisons: nearly all pairs are non-pairs, so u starts here. */
function startU(patterns: readonly ComparisonPatternCount[], k: number): Float64Array {
  const u = new Float64Array(k);
  for (let e = 0; e < k; e++) {
    let agree = 0;
    let answered = 0;
    for (const { states, count } of patterns) {
      if (states[e] === "missing") continue;
      answered += count;
      if (states[e] === "agree") agree += count;
    }
    u[e] = clampProbability(answered > 0 ? Math.min(0.5, agree / answered) : 0.5);
  }
  return u;
}

function eStepAndSums(
  patterns: readonly ComparisonPatternCount[],
  p: number,
  m: Float64Array,
  u: Float64Array,
): Sums {
  const k = m.length;
  const sums: Sums = {
    matchWeight: 0,
    total: 0,
    agreeMatch: new Float64Array(k),
    answeredMatch: new Float64Array(k),
    agreeNon: new Float64Array(k),
    answeredNon: new Float64Array(k),
  };
  for (const { states, count } of patterns) {
    let logRatio = Math.log(p) - Math.log(1 - p);
    for (let e = 0; e < k; e++) {
      if (states[e] === "agree") logRatio += Math.log(m[e]!) - Math.log(u[e]!);
      else if (states[e] === "disagree") logRatio += Math.log(1 - m[e]!) - Math.log(1 - u[e]!);
    }
    const g = 1 / (1 + Math.exp(-logRatio));
    sums.matchWeight += count * g;
    sums.total += count;
    for (let e = 0; e < k; e++) {
      if (states[e] === "missing") continue;
      sums.answeredMatch[e]! += count * g;
      sums.answeredNon[e]! += count * (1 - g);
      if (states[e] === "agree") {
        sums.agreeMatch[e]! += count * g;
        sums.agreeNon[e]! += count * (1 - g);
      }
    }
  }
  return sums;
}

function elementParameters(m: Float64Array, u: Float64Array): ElementParameters[] {
  return Array.from(m, (mValue, index) => {
    const uValue = u[index]!;
    const degenerate = mValue <= uValue;
    return {
      index,
      m: mValue,
      u: uValue,
      agreementWeight: degenerate ? 0 : Math.log2(mValue / uValue),
      disagreementWeight: degenerate ? 0 : Math.log2((1 - mValue) / (1 - uValue)),
      degenerate,
    };
  });
}

/**
 * Estimates the Fellegi–Sunter m and u probabilities of each code element and the share of true pairs among all
 * compared pairs, by the EM algorithm for a two-class latent model with conditionally independent comparisons.
 *
 * Method: Jaro (1989, JASA 84, 414–420) and Winkler (1988), as summarised in Herzog, Scheuren & Winkler (2007),
 * Data Quality and Record Linkage Techniques, ch. 9. E-step: each pattern γ gets g = P(pair | γ) from
 * p·Π m^γ(1 − m)^(1−γ) against (1 − p)·Π u^γ(1 − u)^(1−γ); M-step: p = Σ c·g / Σ c, m_k = Σ c·g·[agree] / Σ c·g·[answered]
 * and likewise u with 1 − g. "Missing" comparisons ("I don't know" on either side) drop out of element k's
 * products and sums: they are taken to be missing at random and carry no evidence. Start values: p = 0.1 (or given),
 * m = 0.9, u = the overall agreement rate of the element (capped at 0.5), since almost all pairs are non-pairs.
 * Convergence: the largest change of p, any m or any u between iterations below 1e-10, at most 5000 iterations.
 * Guards: m and u are kept within [1e-9, 1 − 1e-9]; if the classes come out swapped (Σ log(m/u) < 0, the "match"
 * class agreeing less than the other) they are exchanged; an element left with m ≤ u is flagged degenerate, gets
 * weight 0 either way, and a warning says so.
 *
 * Cost: O(iterations · patterns · elements); patterns ≤ 3^elements whatever the number of pairs.
 *
 * @throws Error "estimateMatchParameters requires at least one pattern with one element" (also for unequal
 *   lengths, negative counts, a start outside (0, 1))
 * @example
 * estimateMatchParameters([{ states: ["agree", "agree"], count: 90 }, { states: ["disagree", "disagree"], count: 9000 }, …]);
 */
export function estimateMatchParameters(
  patterns: readonly ComparisonPatternCount[],
  start: EmStart = {},
): MatchParameters {
  const k = checkPatterns(patterns);
  const { matchProportion = 0.1, m: mStart = 0.9 } = start;
  if (!(matchProportion > 0 && matchProportion < 1 && mStart > 0 && mStart < 1))
    throw new Error("estimateMatchParameters requires start values strictly between 0 and 1");
  let p = matchProportion;
  let m = new Float64Array(k).fill(mStart);
  let u = startU(patterns, k);
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < EM_MAX_ITERATIONS) {
    const s = eStepAndSums(patterns, p, m, u);
    const nextP = clampProbability(s.matchWeight / s.total);
    const nextM = m.map((old, e) =>
      s.answeredMatch[e]! > 0 ? clampProbability(s.agreeMatch[e]! / s.answeredMatch[e]!) : old,
    );
    const nextU = u.map((old, e) =>
      s.answeredNon[e]! > 0 ? clampProbability(s.agreeNon[e]! / s.answeredNon[e]!) : old,
    );
    let change = Math.abs(nextP - p);
    for (let e = 0; e < k; e++)
      change = Math.max(change, Math.abs(nextM[e]! - m[e]!), Math.abs(nextU[e]! - u[e]!));
    [p, m, u] = [nextP, nextM, nextU];
    iterations++;
    converged = change < EM_TOLERANCE;
  }
  return finish(p, m, u, iterations, converged);
}

function finish(
  p: number,
  m: Float64Array,
  u: Float64Array,
  iterations: number,
  converged: boolean,
): MatchParameters {
  const warnings: string[] = [];
  let evidence = 0;
  for (let e = 0; e < m.length; e++) evidence += Math.log(m[e]!) - Math.log(u[e]!);
  if (evidence < 0) {
    [m, u, p] = [u, m, 1 - p];
    warnings.push("EM converged with the classes swapped; they were exchanged");
  }
  if (!converged) warnings.push(`EM did not converge in ${EM_MAX_ITERATIONS} iterations`);
  const elements = elementParameters(m, u);
  for (const element of elements.filter((candidate) => candidate.degenerate))
    warnings.push(
      `code element ${element.index + 1} agrees no more often in pairs than in non-pairs (m ≤ u): weight 0`,
    );
  return { elements, matchProportion: p, iterations, converged, warnings };
}

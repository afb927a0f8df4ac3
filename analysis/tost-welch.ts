import { assertFiniteSample } from "./assert-finite-sample";
import { tQuantile } from "./distributions/t-quantile";
import { tSf } from "./distributions/t-sf";
import { welchStandardError } from "./welch-standard-error";

/** Result of {@link tostWelch}. */
export interface TostWelchResult {
  /** p of the test of H0: mean(a) − mean(b) ≤ −bound (t.test(a, b, mu = −bound, alternative = "greater")) */
  pLower: number;
  /** p of the test of H0: mean(a) − mean(b) ≥ +bound (t.test(a, b, mu = bound, alternative = "less")) */
  pUpper: number;
  /** max(pLower, pUpper), the p-value of the equivalence test */
  p: number;
  /** p < 0.05: the difference lies within ±bound at the 5 % level */
  equivalent: boolean;
  /** 90 % Welch confidence interval for mean(a) − mean(b) (equivalent ⇔ it lies inside (−bound, bound)) */
  ci90: [number, number];
}

/**
 * Two one-sided Welch t-tests (TOST) for equivalence of two means within ±bound, in raw units.
 *
 * Method: with the Welch standard error and Welch–Satterthwaite df of {@link welchTTest} (Welch 1947;
 * {@link welchStandardError}), t_L = (d + bound)/SE tests H0: d ≤ −bound (pLower = P(T > t_L)) and
 * t_U = (d − bound)/SE tests H0: d ≥ bound (pUpper = P(T < t_U)), d = mean(a) − mean(b); equivalence is declared when both are significant at 5 %,
 * i.e. max(pLower, pUpper) < 0.05, which is the same as the 90 % CI lying inside (−bound, bound).
 * Reference: Schuirmann, D. J. (1987), J. Pharmacokinetics and Biopharmaceutics 15, 657–680; Lakens, D. (2017),
 * "Equivalence tests: A practical primer for t tests, correlations, and meta-analyses", Social Psychological
 * and Personality Science 8, 355–362.
 *
 * Cost: O(n_a + n_b).
 *
 * @param a first group (finite numbers, at least 2)
 * @param b second group (finite numbers, at least 2)
 * @param bound the equivalence margin, > 0, in the units of the data
 * @returns { pLower, pUpper, p, equivalent, ci90 }
 * @throws Error "tostWelch requires at least 2 values in each group"
 * @throws Error "tostWelch requires finite numbers"
 * @throws Error "tostWelch requires a positive finite bound"
 * @throws Error "tostWelch requires non-zero variance in at least one group"
 * @example
 * // R datasets::sleep, extra by group, margin ±3 hours
 * tostWelch([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4], 3);
 * // → { pLower: 0.05598, pUpper: 2.08e-5, p: 0.05598, equivalent: false, ci90: [-3.0534, -0.1066] }
 */
export function tostWelch(a: ArrayLike<number>, b: ArrayLike<number>, bound: number): TostWelchResult {
  if (a.length < 2 || b.length < 2) throw new Error("tostWelch requires at least 2 values in each group");
  assertFiniteSample(a, "tostWelch");
  assertFiniteSample(b, "tostWelch");
  if (!(bound > 0 && Number.isFinite(bound))) throw new Error("tostWelch requires a positive finite bound");
  const { meanDiff: diff, se, df } = welchStandardError(a, b, "tostWelch");
  const pLower = tSf((diff + bound) / se, df);
  const pUpper = tSf(-(diff - bound) / se, df);
  const p = Math.max(pLower, pUpper);
  const half = tQuantile(0.95, df) * se;
  return { pLower, pUpper, p, equivalent: p < 0.05, ci90: [diff - half, diff + half] };
}

import { assertFiniteSample } from "./assert-finite-sample";
import { normalSf } from "./distributions/normal-sf";
import { rankSum } from "./rank-sum";

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyUResult {
  /** U of `a`: #(a > b) + ½·#(a = b) (R's W statistic) */
  U: number;
  /** continuity-corrected standard normal deviate, with the sign of U − n_a·n_b/2 */
  z: number;
  /** two-sided p-value from the normal approximation */
  p: number;
}

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples, two-sided, by the normal
 * approximation with tie and continuity corrections — as R's `wilcox.test(a, b, exact = FALSE, correct = TRUE)`.
 *
 * Method: U from mid-ranks of the pooled sample (Mann & Whitney 1947, Ann. Math. Statist. 18, 50–60); under H0,
 * E(U) = n_a·n_b/2 and Var(U) = n_a·n_b/12 · (n_a + n_b + 1 − Σ(t³ − t)/((n_a + n_b)(n_a + n_b − 1))) with
 * t the sizes of tied groups (Lehmann 1975, Nonparametrics, eq. 1.41); z = (U − E(U) − ½·sign(U − E(U)))/√Var(U)
 * and p = 2·P(Z > |z|), computed in the upper tail so tiny p-values keep their digits.
 * Suited to ties-heavy ordinal data such as Likert items.
 *
 * Cost: O((n_a + n_b)·log(n_a + n_b)).
 *
 * @param a first sample (finite numbers, at least 1)
 * @param b second sample (finite numbers, at least 1)
 * @returns { U, z, p }
 * @throws Error "mannWhitneyU requires at least 1 value in each group"
 * @throws Error "mannWhitneyU requires finite numbers"
 * @throws Error "mannWhitneyU requires at least two distinct values" (all values tied: Var(U) = 0)
 * @example
 * // R datasets::sleep, extra by group: wilcox.test(extra ~ group, data = sleep, exact = FALSE) → W = 25.5, p = 0.06933
 * mannWhitneyU([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);
 * // → { U: 25.5, z: -1.8162790619, p: 0.0693275754 }
 */
export function mannWhitneyU(a: ArrayLike<number>, b: ArrayLike<number>): MannWhitneyUResult {
  if (a.length < 1 || b.length < 1) throw new Error("mannWhitneyU requires at least 1 value in each group");
  assertFiniteSample(a, "mannWhitneyU");
  assertFiniteSample(b, "mannWhitneyU");
  const na = a.length;
  const nb = b.length;
  const n = na + nb;
  const { U, tieSum } = rankSum(a, b);
  const variance = ((na * nb) / 12) * (n + 1 - tieSum / (n * (n - 1)));
  if (!(variance > 0)) throw new Error("mannWhitneyU requires at least two distinct values");
  const deviation = U - (na * nb) / 2;
  const z = (deviation - 0.5 * Math.sign(deviation)) / Math.sqrt(variance);
  const p = Math.min(1, 2 * normalSf(Math.abs(z)));
  return { U, z, p };
}

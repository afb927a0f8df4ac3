import { tQuantile } from "./distributions/t-quantile";
import { tSf } from "./distributions/t-sf";

/** Result of {@link tostCoefficient}. */
export interface TostCoefficientResult {
  /** p of H0: θ ≤ −bound, P(T > (θ̂ + bound)/SE) */
  pLower: number;
  /** p of H0: θ ≥ +bound, P(T < (θ̂ − bound)/SE) */
  pUpper: number;
  /** max(pLower, pUpper), the p-value of the equivalence test */
  p: number;
  /** p < 0.05: θ lies within ±bound at the 5 % level */
  equivalent: boolean;
  /** 90 % CI θ̂ ± t_{0.95, df}·SE (equivalent ⇔ it lies inside (−bound, bound)) */
  ci90: [number, number];
}

/**
 * Two one-sided t-tests (TOST) of equivalence for an estimate with a t-distributed error, such as a regression
 * coefficient (or a multiple c·β̂ with SE c·SE): is the true value within ±bound?
 *
 * Method: Schuirmann (1987), J. Pharmacokinetics and Biopharmaceutics 15, 657–680, applied to a coefficient as
 * in Lakens, Scheel & Isager (2018), "Equivalence testing for psychological research: a tutorial", Advances in
 * Methods and Practices in Psychological Science 1, 259–269: t_L = (θ̂ + bound)/SE, t_U = (θ̂ − bound)/SE on the
 * model's residual df; pLower = P(T > t_L), pUpper = P(T < t_U), both computed as upper tails (accurate far out).
 *
 * Cost: O(1).
 *
 * @param estimate θ̂, the estimate
 * @param se its standard error, > 0
 * @param df degrees of freedom of the t reference, > 0
 * @param bound the equivalence margin, > 0, in the estimate's units
 * @throws Error "tostCoefficient requires a finite estimate, positive se and df, and a positive bound"
 * @example
 * tostCoefficient({ estimate: -0.3, se: 0.5, df: 40 }, 1.5);
 * // pLower = pt(2.4, 40, lower = FALSE) = 0.01057, pUpper = pt(-3.6, 40) = 0.0004339, equivalent: true,
 * //   ci90: [-1.1419255, 0.5419255]
 */
export function tostCoefficient(
  { estimate, se, df }: { estimate: number; se: number; df: number },
  bound: number,
): TostCoefficientResult {
  if (!Number.isFinite(estimate) || !(se > 0) || !(df > 0) || !(bound > 0 && Number.isFinite(bound))) {
    throw new Error("tostCoefficient requires a finite estimate, positive se and df, and a positive bound");
  }
  const pLower = tSf((estimate + bound) / se, df);
  const pUpper = tSf((bound - estimate) / se, df);
  const p = Math.max(pLower, pUpper);
  const half = tQuantile(0.95, df) * se;
  return { pLower, pUpper, p, equivalent: p < 0.05, ci90: [estimate - half, estimate + half] };
}

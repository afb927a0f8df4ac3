import { incompleteGammaTails } from "./incomplete-gamma-tails";

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), the CDF of the Gamma(a, 1)
 * distribution, as R's `pgamma(x, a)`.
 *
 * Method: Numerical Recipes (Press et al. 2007, §6.2): the power series for x < a + 1, otherwise
 * 1 − Q(a, x) from the continued fraction (modified Lentz); the prefactor xᵃe⁻ˣ/Γ(a + 1) uses Loader's
 * (2000) saddle-point form for a ≥ 10. Relative accuracy ~1e-14 where P is small.
 *
 * Cost: O(1) typically; O(√a) terms in the worst case.
 *
 * @param a shape, finite and > 0
 * @param x ≥ 0 (Infinity allowed)
 * @returns P(a, x) in [0, 1]
 * @throws Error "regularizedGammaP requires finite a > 0"
 * @throws Error "regularizedGammaP requires x >= 0"
 * @example
 * regularizedGammaP(1, 1);  // 0.6321205588285577 (= 1 − e⁻¹)
 * regularizedGammaP(10, 1); // 1.11425478338721e-7
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0 && Number.isFinite(a))) throw new Error("regularizedGammaP requires finite a > 0");
  if (!(x >= 0)) throw new Error("regularizedGammaP requires x >= 0");
  return incompleteGammaTails(a, x).lower;
}

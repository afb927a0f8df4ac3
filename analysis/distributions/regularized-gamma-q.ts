import { incompleteGammaTails } from "./incomplete-gamma-tails";

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), the survival
 * function of the Gamma(a, 1) distribution, as R's `pgamma(x, a, lower.tail = FALSE)`.
 *
 * Method: Numerical Recipes (Press et al. 2007, §6.2): the continued fraction (modified Lentz) for
 * x ≥ a + 1, computed directly, otherwise 1 − P(a, x) from the power series; the prefactor xᵃe⁻ˣ/Γ(a + 1)
 * uses Loader's (2000) saddle-point form for a ≥ 10. Relative accuracy ~1e-14 where Q is small.
 *
 * Cost: O(1) typically; O(√a) terms in the worst case.
 *
 * @param a shape, finite and > 0
 * @param x ≥ 0 (Infinity allowed)
 * @returns Q(a, x) in [0, 1]
 * @throws Error "regularizedGammaQ requires finite a > 0"
 * @throws Error "regularizedGammaQ requires x >= 0"
 * @example
 * regularizedGammaQ(1, 1);    // 0.36787944117144233 (= e⁻¹)
 * regularizedGammaQ(2, 100);  // 3.75728e-42 (= 101·e⁻¹⁰⁰)
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0 && Number.isFinite(a))) throw new Error("regularizedGammaQ requires finite a > 0");
  if (!(x >= 0)) throw new Error("regularizedGammaQ requires x >= 0");
  return incompleteGammaTails(a, x).upper;
}

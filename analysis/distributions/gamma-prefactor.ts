import { logGamma } from "./log-gamma";
import { stirlingCorrection } from "./stirling-correction";
import { xMinusLog1p } from "./x-minus-log1p";

const TWO_PI = 2 * Math.PI;

/**
 * xᵃ·e⁻ˣ / Γ(a + 1), the Poisson-type prefactor of the regularized incomplete gamma functions
 * (internal helper).
 *
 * Method: for a ≥ 10, Loader's (2000) saddle-point form exp(−δ(a) − D(a, x)) / √(2πa) with the deviance
 * D(a, x) = a·ln(a/x) + x − a = a·ρ((x − a)/a), ρ = {@link xMinusLog1p}, δ = {@link stirlingCorrection};
 * this avoids the cancellation of a·ln x − x − ln Γ(a + 1) for large a (chi-square with huge df).
 * For a < 10, exp(a·ln x − x − ln Γ(a + 1)) directly.
 * Reference: C. Loader, "Fast and accurate computation of binomial probabilities", 2000.
 *
 * Cost: O(1).
 *
 * @param a a positive finite shape
 * @param x ≥ 0 (may be Infinity)
 * @returns xᵃ·e⁻ˣ / Γ(a + 1) (0 when x is 0 or Infinity)
 * @throws never for valid input (callers validate)
 * @example
 * gammaPrefactor(1, 1); // 0.36787944117144233 (= e⁻¹)
 */
export function gammaPrefactor(a: number, x: number): number {
  if (x === 0 || x === Infinity) return 0;
  if (a >= 10) {
    const e = (x - a) / a;
    // for x far from a, 1 + e = x/a may be tiny: use ln(x/a) directly there
    const deviance = a * (Math.abs(e) > 0.6 ? e - Math.log(x / a) : xMinusLog1p(e));
    return Math.exp(-stirlingCorrection(a) - deviance) / Math.sqrt(TWO_PI * a);
  }
  return Math.exp(a * Math.log(x) - x - logGamma(a + 1));
}

const TINY = 1e-300;
const TOLERANCE = 2 * Number.EPSILON;

/**
 * The continued fraction h(a, x) = Q(a, x)·Γ(a)·eˣ·x⁻ᵃ of the regularized upper incomplete gamma function,
 * so that Q(a, x) = h · xᵃe⁻ˣ/Γ(a) (internal helper; meant for x ≥ a + 1, where it converges quickly).
 *
 * Method: Legendre's continued fraction 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))
 * (Numerical Recipes, Press et al. 2007, eq. 6.2.7) evaluated with the modified Lentz algorithm.
 *
 * Cost: O(1) for x ≫ a; O(√a) terms for x ≈ a + 1.
 *
 * @param a a positive finite shape
 * @param x a finite number ≥ a + 1 (converges, more slowly, for any x > 0)
 * @returns h(a, x)
 * @throws Error "upperGammaFraction did not converge"
 * @example
 * upperGammaFraction(1, 2); // 0.5 (= Q(1, 2)·e²/2 = 1/x)
 */
export function upperGammaFraction(a: number, x: number): number {
  const maxIterations = 1000 + Math.ceil(30 * Math.sqrt(a));
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= maxIterations; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= TOLERANCE) return h;
  }
  throw new Error("upperGammaFraction did not converge");
}

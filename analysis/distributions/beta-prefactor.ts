import { logBeta } from "./log-beta";
import { stirlingCorrection } from "./stirling-correction";
import { xMinusLog1p } from "./x-minus-log1p";

const INV_SQRT_2PI = 0.3989422804014326779399461;

/**
 * xᵃ·yᵇ / B(a, b) with y = 1 − x supplied separately (internal helper of the incomplete beta function).
 *
 * Method: when a, b ≥ 10 the factor is written, as in `brcomp` of Didonato & Morris (1992, ACM TOMS 18,
 * Algorithm 708), as √(ab / (2π(a + b))) · exp(−a·ρ(e₁) − b·ρ(e₂) − δ(a) − δ(b) + δ(a + b)) with
 * x₀ = a/(a + b), e₁ = (x − x₀)/x₀, e₂ = (y − y₀)/y₀, ρ = {@link xMinusLog1p} and δ = {@link stirlingCorrection}.
 * The first-order terms cancel analytically, so the factor stays accurate to ~1e-14 relative even when a and
 * b are 10⁶ or more. Otherwise exp(a·ln x + b·ln y − ln B(a, b)), using ln x = log1p(−y) when x > ½ (and
 * vice versa) so that a tail probability passed as y keeps its precision.
 *
 * Cost: O(1).
 *
 * @param x in [0, 1]
 * @param y 1 − x, in [0, 1] (given separately so that a tiny 1 − x keeps its relative precision)
 * @param a a positive finite number
 * @param b a positive finite number
 * @returns xᵃ·yᵇ / B(a, b) (0 when x or y is 0)
 * @throws never for valid input (callers validate)
 * @example
 * betaPrefactor(0.5, 0.5, 1, 1); // 0.25
 */
export function betaPrefactor(x: number, y: number, a: number, b: number): number {
  if (x === 0 || y === 0) return 0;
  if (a >= 10 && b >= 10) {
    const sum = a + b;
    const x0 = a / sum;
    const y0 = b / sum;
    // lambda = (a+b)(x0 - x) = (a+b)(y - y0), computed from whichever of x, y is smaller.
    const lambda = a <= b ? a - sum * x : sum * y - b;
    // u = e1 − ln(1 + e1), e1 = (x − x0)/x0; for |e1| > 0.6 use ln(x/x0) directly, since 1 + e1 = x/x0
    // may be tiny and would lose its relative precision (likewise for v).
    const e1 = -lambda / a;
    const e2 = lambda / b;
    const u = Math.abs(e1) > 0.6 ? e1 - Math.log(x / x0) : xMinusLog1p(e1);
    const v = Math.abs(e2) > 0.6 ? e2 - Math.log(y / y0) : xMinusLog1p(e2);
    const correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(sum);
    // √(b·x₀) = √(ab / (a + b))
    return INV_SQRT_2PI * Math.sqrt(b * x0) * Math.exp(-(a * u + b * v) - correction);
  }
  const lnX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * lnX + b * lnY - logBeta(a, b));
}

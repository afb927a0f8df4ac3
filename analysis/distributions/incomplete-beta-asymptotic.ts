import { gammaPrefactor } from "./gamma-prefactor";
import { incompleteGammaTails } from "./incomplete-gamma-tails";
import { logGamma } from "./log-gamma";
import { stirlingCorrection } from "./stirling-correction";
import { upperGammaFraction } from "./upper-gamma-fraction";

const MAX_TERMS = 30;
const TOLERANCE = 1e-15;

/**
 * I_x(a, b) for a large shape a ≥ 15 and a small shape 0 < b ≤ 1, with x close to 1 given through its
 * complement y (internal helper of {@link incompleteBetaTails}; the regime of t tests with many degrees of
 * freedom, where x = df/(df + t²) and the continued fraction would lose ~ 1e-16/y of relative precision).
 *
 * Method: the asymptotic expansion of Didonato & Morris (1992, ACM TOMS 18, 360–373, §9, eqs. 9.1–9.6;
 * their procedure BGRAT, after Temme): with T = a + (b − 1)/2 and u = −T·ln x,
 * I_x(a, b) = M · Σₙ pₙ·Jₙ(b, u), M = Γ(a + b)/(Γ(a)·T^b) · e^(−u)·u^b/Γ(b), where J₀ is the scaled upper
 * incomplete gamma ratio Q(b, u)·Γ(b)·eᵘ·u⁻ᵇ and Jₙ, pₙ follow the recurrences of the paper. Every quantity
 * is formed from y and ln x = log1p(−y), never from 1 − x. Γ(a)/Γ(a + b) uses the Stirling remainder.
 *
 * Cost: O(1) (at most 30 terms, each O(n)).
 *
 * @param x in (0, 1), typically > 0.7
 * @param y 1 − x, > 0
 * @param a shape ≥ 15
 * @param b shape in (0, 1]
 * @returns I_x(a, b)
 * @throws Error "incompleteBetaAsymptotic did not converge" (not observed for a ≥ 15, b ≤ 1)
 * @example
 * incompleteBetaAsymptotic(0.8, 0.2, 20, 0.5); // 0.0029844529988343 (= 2·P(T > √10) for t with 40 df)
 */
export function incompleteBetaAsymptotic(x: number, y: number, a: number, b: number): number {
  const bm1 = b - 1;
  const nu = a + bm1 / 2; // T of D&M (9.1)
  const lnx = y > 0.375 ? Math.log(x) : Math.log1p(-y);
  const z = -nu * lnx; // u of D&M (9.1)
  // r = e^(-z) z^b / Γ(b); M = r · Γ(a + b) / (Γ(a) · ν^b)
  const logR = b * Math.log(z) - z - logGamma(b);
  const logM = logR + logGammaRatio(a, b) - b * Math.log(nu);
  // J0 = Q(b, z) / r
  const j0 =
    z >= b + 1 ? upperGammaFraction(b, z) : incompleteGammaTails(b, z).upper / (b * gammaPrefactor(b, z));
  const v = 0.25 / (nu * nu);
  const t2 = 0.25 * lnx * lnx;
  const c: number[] = [];
  const d: number[] = [];
  let j = j0;
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  for (let n = 1; n <= MAX_TERMS; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c.push(cn);
    let s = 0;
    let coefficient = b - n;
    for (let i = 1; i <= n - 1; i++) {
      s += coefficient * c[i - 1]! * d[n - 1 - i]!;
      coefficient += b;
    }
    const dn = bm1 * cn + s / n;
    d.push(dn);
    const term = dn * j;
    sum += term;
    if (!(sum > 0)) break;
    if (Math.abs(term) <= TOLERANCE * sum) return Math.exp(logM + Math.log(sum));
  }
  throw new Error("incompleteBetaAsymptotic did not converge");
}

/** ln(Γ(a + b)/Γ(a)) for a ≥ 10, b > 0, from Stirling's series without cancellation (D&M's ALGDIV). */
function logGammaRatio(a: number, b: number): number {
  // ln Γ(a) − ln Γ(a + b) = −b·ln a − (a + b − ½)·log1p(b/a) + b + δ(a) − δ(a + b)
  return (
    b * Math.log(a) +
    (a + b - 0.5) * Math.log1p(b / a) -
    b -
    stirlingCorrection(a) +
    stirlingCorrection(a + b)
  );
}

import { betaPrefactor } from "./beta-prefactor";
import { incompleteBetaTails } from "./incomplete-beta-tails";
import { logScaleRoot, type LogScalePoint } from "./log-scale-root";

/**
 * The quantile function of the F distribution: f with P(F ≤ f) = p, as R's `qf(p, df1, df2)` (used for the
 * Feldt interval of Cronbach's α; not part of the distributions index).
 *
 * Method: with w = ln f, solve ln P(F ≤ e^w) = ln p for p ≤ ½, or ln P(F > e^w) = ln(1 − p) otherwise, by
 * safeguarded Newton iteration inside a bracket (bisection fallback; {@link logScaleRoot}); both tails come
 * directly from the regularized incomplete beta function, P(F ≤ f) = I_u(df1/2, df2/2) with
 * u = df1·f/(df1·f + df2) (Abramowitz & Stegun 26.6.2), and the derivative from the F density
 * uᵃ(1 − u)ᵇ/(B(a, b)·f).
 *
 * Cost: typically 6–12 evaluations of the incomplete beta function; at most 300.
 *
 * @param p a probability strictly between 0 and 1
 * @param df1 numerator degrees of freedom, finite and > 0
 * @param df2 denominator degrees of freedom, finite and > 0
 * @returns the p-quantile of F(df1, df2)
 * @throws Error "fQuantile requires p strictly between 0 and 1"
 * @throws Error "fQuantile requires finite df1 > 0 and df2 > 0"
 * @throws Error "fQuantile did not converge" (not observed)
 * @example
 * fQuantile(0.95, 1, 20);    // 4.35124350332929 (R: qf(0.95, 1, 20))
 * fQuantile(0.025, 14, 126); // 0.392325692290807
 */
export function fQuantile(p: number, df1: number, df2: number): number {
  if (!(p > 0 && p < 1)) throw new Error("fQuantile requires p strictly between 0 and 1");
  if (!(df1 > 0 && df2 > 0 && Number.isFinite(df1) && Number.isFinite(df2))) {
    throw new Error("fQuantile requires finite df1 > 0 and df2 > 0");
  }
  const a = df1 / 2;
  const b = df2 / 2;
  const useLower = p <= 0.5;
  const logTarget = Math.log(useLower ? p : 1 - p);

  // h(w) increases with w and is 0 at the root.
  const evaluate = (w: number): LogScalePoint => {
    const f = Math.exp(w);
    const r = (df1 / df2) * f; // u = r/(1 + r)
    const u = r > 1 ? 1 / (1 + 1 / r) : r / (1 + r);
    const v = r > 1 ? 1 / r / (1 + 1 / r) : 1 / (1 + r);
    const tails = incompleteBetaTails(u, v, a, b);
    const g = useLower ? tails.lower : tails.upper;
    const value = useLower ? Math.log(g) - logTarget : logTarget - Math.log(g);
    // d ln g / d w = f·density/g, density = uᵃvᵇ/(B(a, b)·f)
    return { w, value, slope: betaPrefactor(u, v, a, b) / g };
  };

  return logScaleRoot(evaluate, evaluate(0), "fQuantile");
}

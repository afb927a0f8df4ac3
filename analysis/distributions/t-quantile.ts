import { normalQuantile } from "./normal-quantile";
import { logBeta } from "./log-beta";
import { tDensity } from "./t-density";
import { logScaleRoot, type LogScalePoint } from "./log-scale-root";
import { tTails } from "./t-tails";

/**
 * The quantile function of Student's t distribution: t with P(T ≤ t) = p, as R's `qt(p, df)`.
 *
 * Method: a root search on the directly computed tail (see {@link tSf}) in log–log coordinates: with
 * w = ln|t|, solve ln P(T > e^w) = ln min(p, 1 − p) when min(p, 1 − p) < ¼, and
 * ln P(0 < T < e^w) = ln|p − ½| otherwise (so quantiles near 0 keep full relative precision). Safeguarded
 * Newton iteration (derivative from the t density) inside a bracket, falling back to bisection
 * ({@link logScaleRoot}); started from the better of the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5)
 * and the power-law tail approximation P(T > t) ≈ df^(df/2 − 1)·t^(−df) / B(df/2, ½). Accurate to ~1e-13
 * relative; agrees with R's qt to 1e-10 relative except next to p = ½ and in the far tails for df < 1, where
 * R's own qt is less accurate (checked against mpmath). df = Infinity gives {@link normalQuantile}.
 *
 * Cost: typically 5–10 evaluations of the t distribution function; at most 300.
 *
 * @param p a probability strictly between 0 and 1
 * @param df degrees of freedom, > 0 (non-integer and Infinity allowed)
 * @returns the p-quantile of t with df degrees of freedom (±Infinity when it exceeds the largest double,
 *   which happens only for df < 1 and extreme p, e.g. tQuantile(1e-6, 0.01) ≈ −1e568;
 *   tQuantile(0.01, 0.01) = −3.96e168 is still finite)
 * @throws Error "tQuantile requires p strictly between 0 and 1"
 * @throws Error "tQuantile requires df > 0"
 * @throws Error "tQuantile did not converge" (not observed)
 * @example
 * tQuantile(0.975, 17.776473516); // 2.10281724157134 (critical value of the Welch test on R's sleep data)
 * tQuantile(0.975, 10);          // 2.22813885198627
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new Error("tQuantile requires p strictly between 0 and 1");
  if (!(df > 0)) throw new Error("tQuantile requires df > 0");
  if (df === Infinity) return normalQuantile(p);
  if (p === 0.5) return 0;
  const sign = p < 0.5 ? -1 : 1;
  const q = p < 0.5 ? p : 1 - p; // exact for p ≥ ½ (Sterbenz)
  const useTail = q < 0.25;
  const logTarget = Math.log(useTail ? q : Math.abs(p - 0.5));

  // h(w) increases with w and is 0 at the root.
  const evaluate = (w: number): LogScalePoint => {
    const s = Math.exp(w);
    const tails = tTails(s, df);
    const g = useTail ? tails.upper : tails.center;
    const value = useTail ? logTarget - Math.log(g) : Math.log(g) - logTarget;
    return { w, value, slope: (s * tDensity(s, df)) / g };
  };

  // Starting points: Cornish-Fisher (good for large df or central p) and the power-law tail (small df, tiny p).
  const z = useTail ? -normalQuantile(q) : normalQuantile(0.5 + Math.abs(p - 0.5));
  const z2 = z * z;
  const cornishFisher =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df * df * df);
  let current = evaluate(Math.log(Math.max(cornishFisher, 1e-300)));
  if (useTail) {
    const powerLaw = evaluate((-logBeta(df / 2, 0.5) + (df / 2 - 1) * Math.log(df) - Math.log(q)) / df);
    if (Number.isFinite(powerLaw.value) && !(Math.abs(current.value) <= Math.abs(powerLaw.value)))
      current = powerLaw;
  }
  if (current.value === 0) return sign * Math.exp(current.w);

  // Bracket the root in w, then safeguarded Newton.
  return sign * logScaleRoot(evaluate, current, "tQuantile");
}

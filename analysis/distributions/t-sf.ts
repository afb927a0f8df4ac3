import { tTails } from "./t-tails";

/**
 * The survival function (upper tail) of Student's t distribution, P(T > t), as R's
 * `pt(t, df, lower.tail = FALSE)`.
 *
 * Method: P(T > t) = ½·I_x(df/2, ½) for t ≥ 0 and ½ + ½·I_y(½, df/2) for t < 0, with x = df/(df + t²),
 * y = 1 − x (Abramowitz & Stegun 26.7.1) — computed directly from the regularized incomplete beta function
 * (Numerical Recipes §6.4 continued fraction, modified Lentz; prefactor after Didonato & Morris 1992), never
 * as 1 − tCdf, so upper tails of 1e-30 and smaller keep ~13 significant digits. A two-sided p-value is
 * 2·tSf(|t|, df). df may be non-integer (Welch) and Infinity (the normal distribution).
 *
 * Cost: O(1) typically; O(√df) continued-fraction terms in the worst case.
 *
 * @param t a number (±Infinity allowed)
 * @param df degrees of freedom, > 0 (non-integer and Infinity allowed)
 * @returns P(T > t)
 * @throws Error "tSf requires t to be a number, not NaN"
 * @throws Error "tSf requires df > 0"
 * @example
 * 2 * tSf(1.8608134674868526, 17.776473516); // 0.07939414 (R sleep data, Welch t-test p-value)
 * tSf(25, 10);                                 // 1.1997e-10
 */
export function tSf(t: number, df: number): number {
  if (Number.isNaN(t)) throw new Error("tSf requires t to be a number, not NaN");
  if (!(df > 0)) throw new Error("tSf requires df > 0");
  return tTails(t, df).upper;
}

import { tTails } from "./t-tails";

/**
 * The cumulative distribution function of Student's t distribution, P(T ≤ t), as R's `pt(t, df)`.
 *
 * Method: P(T ≤ t) = ½·I_x(df/2, ½) for t ≤ 0 and ½ + ½·I_y(½, df/2) for t > 0, with x = df/(df + t²),
 * y = 1 − x (Abramowitz & Stegun 26.7.1), using the continued-fraction incomplete beta function
 * (Numerical Recipes §6.4, modified Lentz) with a cancellation-free prefactor (Didonato & Morris 1992).
 * The lower tail is computed directly, so tCdf(−25, 10) ≈ 1.2e-10 and tCdf(−40, 300) ≈ 1.4e-122 keep
 * ~13 significant digits. df may be non-integer (Welch) and Infinity (the normal distribution).
 *
 * Cost: O(1) typically; O(√df) continued-fraction terms in the worst case.
 *
 * @param t a number (±Infinity allowed)
 * @param df degrees of freedom, > 0 (non-integer and Infinity allowed)
 * @returns P(T ≤ t)
 * @throws Error "tCdf requires t to be a number, not NaN"
 * @throws Error "tCdf requires df > 0"
 * @example
 * tCdf(-2.1, 17.776); // 0.0251382355914385 (lower tail of a Welch test statistic)
 * tCdf(-12, 17.3);    // 4.07986e-10
 */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t)) throw new Error("tCdf requires t to be a number, not NaN");
  if (!(df > 0)) throw new Error("tCdf requires df > 0");
  return tTails(t, df).lower;
}

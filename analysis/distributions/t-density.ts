import { logBeta } from "./log-beta";

const INV_SQRT_2PI = 0.3989422804014326779399461;

/**
 * The density of Student's t distribution (internal helper of tQuantile's Newton steps).
 *
 * Method: f(t) = (1 + t²/df)^(−(df+1)/2) / (√df · B(df/2, ½)), evaluated in log space with
 * {@link logBeta} (accurate for huge df) and log1p; for t² > df the log term is split as
 * 2·ln|t| − ln df + log1p(df/t²) to avoid overflow. df = Infinity gives the normal density.
 *
 * Cost: O(1).
 *
 * @param t any finite number
 * @param df degrees of freedom > 0 (Infinity allowed)
 * @returns f(t)
 * @throws never for valid input (callers validate)
 * @example
 * tDensity(0, 1); // 0.3183098861837907 (= 1/π)
 */
export function tDensity(t: number, df: number): number {
  if (df === Infinity) return INV_SQRT_2PI * Math.exp(-0.5 * t * t);
  const s = Math.abs(t);
  const logKernel =
    s * s > df ? 2 * Math.log(s) - Math.log(df) + Math.log1p(df / s / s) : Math.log1p((s / df) * s);
  return Math.exp(-((df + 1) / 2) * logKernel - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

import { logGamma } from "./log-gamma";
import { stirlingCorrection } from "./stirling-correction";

const LN_SQRT_2PI = 0.9189385332046727417803297;

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0 (internal helper of the distributions).
 *
 * Method: with p = min(a, b), q = max(a, b): when both are ≥ 10, and when only q is, the Stirling terms are
 * combined analytically and only the small remainders {@link stirlingCorrection} are subtracted, so there is
 * no cancellation between huge ln Γ values (the approach of R's `lbeta`, after Didonato & Morris 1992).
 * This keeps ln B accurate to ~1e-15 absolute even for a = 10⁹ (t and F tests with huge df).
 * Otherwise the three {@link logGamma} values are combined directly (all are < 25 in size).
 *
 * Cost: O(1).
 *
 * @param a a positive finite number
 * @param b a positive finite number
 * @returns ln B(a, b)
 * @throws Error "logBeta requires positive finite a and b"
 * @example
 * logBeta(0.5, 0.5); // 1.14472988584940 (= ln π, to ~5e-15)
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new Error("logBeta requires positive finite a and b");
  }
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const ratio = p / (p + q);
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio);
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-ratio);
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

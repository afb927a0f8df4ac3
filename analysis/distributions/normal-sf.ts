import { normalTails } from "./normal-tails";

/**
 * The standard normal survival function 1 − Φ(x) = P(Z > x), as R's `pnorm(x, lower.tail = FALSE)`.
 *
 * Method: W. J. Cody's rational Chebyshev approximations to erfc (Cody 1969, Math. Comp. 23, 631–637; ACM
 * TOMS Algorithm 715, 1993). The upper tail is computed directly, never as 1 − Φ(x), so normalSf(37)
 * ≈ 5.7e-300 keeps ~14 significant digits; values in the subnormal range (x > 37.5) lose precision
 * gradually and x > 38.5 gives 0. (R 4.2 returns 0 already below 2.2e-308, i.e. for x ≳ 37.52.)
 *
 * Cost: O(1).
 *
 * @param x a number (±Infinity allowed)
 * @returns 1 − Φ(x) in [0, 1]
 * @throws Error "normalSf requires x to be a number, not NaN"
 * @example
 * normalSf(1.96); // 0.024997895148220435
 * normalSf(20);   // 2.7536241186062337e-89
 */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) throw new Error("normalSf requires x to be a number, not NaN");
  return normalTails(x).upper;
}

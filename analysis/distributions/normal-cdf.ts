import { normalTails } from "./normal-tails";

/**
 * The standard normal cumulative distribution function Φ(x) = P(Z ≤ x), as R's `pnorm(x)`.
 *
 * Method: W. J. Cody's rational Chebyshev approximations (Cody 1969, Math. Comp. 23, 631–637; ACM TOMS
 * Algorithm 715, 1993), accurate to about 1e-15 relative over the whole range; the lower tail is computed
 * directly, so Φ(−37) ≈ 5.7e-300 keeps ~14 significant digits. For the upper tail use {@link normalSf}.
 *
 * Cost: O(1).
 *
 * @param x a number (±Infinity allowed)
 * @returns Φ(x) in [0, 1]
 * @throws Error "normalCdf requires x to be a number, not NaN"
 * @example
 * normalCdf(1.96); // 0.9750021048517795
 * normalCdf(-10);  // 7.619853024160527e-24
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new Error("normalCdf requires x to be a number, not NaN");
  return normalTails(x).lower;
}

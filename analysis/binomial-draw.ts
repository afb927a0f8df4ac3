import { logGamma } from "./distributions/log-gamma";
import type { Rng } from "./seeded-rng";

/** Below this mean, inversion from 0 is cheaper than computing the pmf at the mode. */
const SMALL_MEAN = 10;

/**
 * One draw from the binomial distribution Bin(n, p), exactly (up to floating-point rounding of the pmf), from one
 * uniform of a seeded generator — the building block of multinomial resampling.
 *
 * Method: inversion. For n·min(p, 1 − p) < 10, the sequential search from 0 (Kachitvichyanukul & Schmeiser 1988,
 * "Binomial random variate generation", CACM 31, 216–222, algorithm BINV): f(0) = qⁿ, f(k+1) = f(k)·(n−k)p/((k+1)q).
 * Otherwise a chop-down search that starts at the mode m = ⌊(n+1)p⌋ with f(m) from log-gamma and visits m, m−1,
 * m+1, m−2, … (Kemp 1986, "A modal method for generating binomial variables", Communications in Statistics A 15,
 * 805–813), so the expected number of steps is O(√(npq)). p > ½ is drawn as n − Bin(n, 1 − p).
 *
 * Cost: O(min(np, √(npq)) + 1) expected time, O(1) memory; consumes exactly one `rng.next()`.
 *
 * @param rng a generator from {@link createRng}
 * @param n number of trials, a non-negative integer
 * @param p success probability in [0, 1]
 * @throws Error "binomialDraw requires a non-negative integer n and p in [0, 1]"
 * @example
 * const rng = createRng(1);
 * binomialDraw(rng, 1000, 0.3); // an integer near 300
 */
export function binomialDraw(rng: Rng, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) {
    throw new Error("binomialDraw requires a non-negative integer n and p in [0, 1]");
  }
  if (p > 0.5) return n - binomialDraw(rng, n, 1 - p);
  let u = rng.next();
  if (n === 0 || p === 0) return 0;
  const q = 1 - p;
  const mean = n * p;
  if (mean < SMALL_MEAN) {
    const ratio = p / q;
    let f = Math.exp(n * Math.log1p(-p));
    for (let k = 0; k < n; k++) {
      if (u < f) return k;
      u -= f;
      f *= (ratio * (n - k)) / (k + 1);
    }
    return n;
  }
  const m = Math.floor((n + 1) * p);
  const fm = Math.exp(
    logGamma(n + 1) - logGamma(m + 1) - logGamma(n - m + 1) + m * Math.log(p) + (n - m) * Math.log1p(-p),
  );
  u -= fm;
  if (u < 0) return m;
  let lo = m;
  let hi = m;
  let fLo = fm;
  let fHi = fm;
  while (lo > 0 || hi < n) {
    if (lo > 0) {
      fLo *= (lo * q) / ((n - lo + 1) * p);
      lo--;
      u -= fLo;
      if (u < 0) return lo;
    }
    if (hi < n) {
      fHi *= ((n - hi) * p) / ((hi + 1) * q);
      hi++;
      u -= fHi;
      if (u < 0) return hi;
    }
  }
  return m; // only reachable through rounding of the pmf (u within ~1e-12 of 1)
}

import { normalQuantile } from "./distributions/normal-quantile";

/** Result of {@link wilsonCI}. */
export interface WilsonCIResult {
  /** successes / n */
  proportion: number;
  /** Wilson score 95 % confidence interval */
  ci95: [number, number];
}

const Z975 = normalQuantile(0.975);

/**
 * A proportion with its Wilson score 95 % confidence interval, as R's
 * `prop.test(successes, n, correct = FALSE)$conf.int`.
 *
 * Method: the interval inverts the score test (Wilson, E. B. 1927, "Probable inference, the law of succession,
 * and statistical inference", JASA 22, 209–212): (p̂ + z²/(2n) ± z·√(p̂(1 − p̂)/n + z²/(4n²))) / (1 + z²/n) with
 * z = Φ⁻¹(0.975); the lower limit is exactly 0 when p̂ = 0 and the upper exactly 1 when p̂ = 1, as in R.
 * Recommended over the Wald interval by Brown, Cai & DasGupta (2001, Statistical Science 16, 101–133).
 *
 * Cost: O(1).
 *
 * @param successes number of successes, an integer in [0, n]
 * @param n number of trials, an integer ≥ 1
 * @returns { proportion, ci95 }
 * @throws Error "wilsonCI requires an integer n >= 1"
 * @throws Error "wilsonCI requires an integer number of successes between 0 and n"
 * @example
 * wilsonCI(15, 40); // { proportion: 0.375, ci95: [0.2422298, 0.5296756] }
 */
export function wilsonCI(successes: number, n: number): WilsonCIResult {
  if (!(Number.isInteger(n) && n >= 1)) throw new Error("wilsonCI requires an integer n >= 1");
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new Error("wilsonCI requires an integer number of successes between 0 and n");
  }
  const proportion = successes / n;
  const z2n = (Z975 * Z975) / (2 * n);
  const spread = Z975 * Math.sqrt((proportion * (1 - proportion)) / n + z2n / (2 * n));
  const denominator = 1 + 2 * z2n;
  const lower = proportion <= 0 ? 0 : (proportion + z2n - spread) / denominator;
  const upper = proportion >= 1 ? 1 : (proportion + z2n + spread) / denominator;
  return { proportion, ci95: [lower, upper] };
}

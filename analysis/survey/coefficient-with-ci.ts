import { tQuantile } from "../distributions/index";
import type { OlsCoefficient } from "../ols";
import type { Coefficient } from "./results-types";

/**
 * A regression coefficient with its 95 % CI, estimate ± t_{0.975, df}·SE — R's `confint(lm)`.
 *
 * Cost: O(1).
 *
 * @example
 * coefficientWithCI({ estimate: 0.02785, se: 0.00742, t: 3.753, p: 0.000811 }, 28).ci95; // [0.01265, 0.04305]
 */
export function coefficientWithCI(coefficient: OlsCoefficient, df: number): Coefficient {
  const half = tQuantile(0.975, df) * coefficient.se;
  const { estimate, se, t, p } = coefficient;
  return { estimate, se, t, p, ci95: [estimate - half, estimate + half] };
}

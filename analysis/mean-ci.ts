import { assertFiniteSample } from "./assert-finite-sample";
import { tQuantile } from "./distributions/t-quantile";
import { meanAndVariance } from "./mean-and-variance";

/** Result of {@link meanCI}. */
export interface MeanCIResult {
  mean: number;
  /** sample standard deviation (denominator n − 1) */
  sd: number;
  n: number;
  /** t-based confidence interval for the mean at the requested level (95 % by default) */
  ci95: [number, number];
}

/**
 * The mean with its t-based confidence interval, as R's `t.test(x, conf.level = level)$conf.int`.
 *
 * Method: x̄ ± t_{(1+level)/2, n−1}·s/√n (Student 1908, "The probable error of a mean", Biometrika 6, 1–25);
 * mean and SD by the corrected two-pass algorithm (Chan, Golub & LeVeque 1983). The interval is returned as
 * `ci95` for a uniform result shape; it is the `level` interval (95 % unless another level is given).
 *
 * Cost: O(n).
 *
 * @param x a sample (finite numbers, at least 2)
 * @param level confidence level strictly between 0 and 1, default 0.95
 * @returns { mean, sd, n, ci95 }
 * @throws Error "meanCI requires at least 2 values"
 * @throws Error "meanCI requires finite numbers"
 * @throws Error "meanCI requires a level strictly between 0 and 1"
 * @example
 * meanCI([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]); // R sleep group 1:
 * // { mean: 0.75, sd: 1.7890096, n: 10, ci95: [-0.5297804, 2.0297804] }
 */
export function meanCI(x: ArrayLike<number>, level = 0.95): MeanCIResult {
  if (x.length < 2) throw new Error("meanCI requires at least 2 values");
  assertFiniteSample(x, "meanCI");
  if (!(level > 0 && level < 1)) throw new Error("meanCI requires a level strictly between 0 and 1");
  const { n, mean, variance } = meanAndVariance(x);
  const sd = Math.sqrt(variance);
  const half = (tQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, n, ci95: [mean - half, mean + half] };
}

import { assertFiniteSample } from "./assert-finite-sample";
import { tQuantile } from "./distributions/t-quantile";
import { tSf } from "./distributions/t-sf";
import { welchStandardError } from "./welch-standard-error";

/** Result of {@link welchTTest}. */
export interface WelchTTestResult {
  /** t statistic (mean(a) − mean(b)) / SE */
  t: number;
  /** Welch–Satterthwaite degrees of freedom (non-integer) */
  df: number;
  /** two-sided p-value */
  p: number;
  /** mean(a) − mean(b) */
  meanDiff: number;
  /** 95 % confidence interval for mean(a) − mean(b) */
  ci95: [number, number];
}

/**
 * Welch's two-sample t-test for a difference in means without assuming equal variances, two-sided, as R's
 * `t.test(a, b)` (var.equal = FALSE).
 *
 * Method: t = (x̄_a − x̄_b)/SE with SE² = s²_a/n_a + s²_b/n_b; degrees of freedom by the Welch–Satterthwaite
 * equation df = SE⁴ / ((s²_a/n_a)²/(n_a − 1) + (s²_b/n_b)²/(n_b − 1)); p = 2·P(T_df > |t|) computed directly in
 * the upper tail; CI = mean difference ± t_{0.975, df}·SE. References: Welch, B. L. (1947), "The generalization
 * of 'Student's' problem when several different population variances are involved", Biometrika 34, 28–35;
 * Satterthwaite, F. E. (1946), Biometrics Bulletin 2, 110–114.
 *
 * Cost: O(n_a + n_b).
 *
 * @param a first group (finite numbers, at least 2)
 * @param b second group (finite numbers, at least 2)
 * @returns { t, df, p, meanDiff, ci95 }
 * @throws Error "welchTTest requires at least 2 values in each group"
 * @throws Error "welchTTest requires finite numbers"
 * @throws Error "welchTTest requires non-zero variance in at least one group" (R: "data are essentially constant")
 * @example
 * // R datasets::sleep, extra by group
 * welchTTest([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);
 * // → { t: -1.8608134674868526, df: 17.776473516, p: 0.07939414, meanDiff: -1.58, ci95: [-3.3654832, 0.2054832] }
 */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchTTestResult {
  if (a.length < 2 || b.length < 2) throw new Error("welchTTest requires at least 2 values in each group");
  assertFiniteSample(a, "welchTTest");
  assertFiniteSample(b, "welchTTest");
  const { meanDiff, se, df } = welchStandardError(a, b, "welchTTest");
  const t = meanDiff / se;
  const p = Math.min(1, 2 * tSf(Math.abs(t), df));
  const half = tQuantile(0.975, df) * se;
  return { t, df, p, meanDiff, ci95: [meanDiff - half, meanDiff + half] };
}

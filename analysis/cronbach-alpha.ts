import { completeItemRows } from "./complete-item-rows";
import { fQuantile } from "./distributions/f-quantile";
import { meanAndVariance } from "./mean-and-variance";

/** Result of {@link cronbachAlpha}. */
export interface CronbachAlphaResult {
  /** Cronbach's α on the complete rows */
  alpha: number;
  /** Feldt (1965) 95 % confidence interval for α */
  ci95: [number, number];
  /** number of complete rows used (listwise deletion) */
  nComplete: number;
  /** number of items */
  k: number;
}

/**
 * Cronbach's α, the internal-consistency reliability of a k-item scale, with Feldt's 95 % confidence
 * interval; equals R `psych::alpha(na.omit(items))$total$raw_alpha` and `$feldt`.
 *
 * Method: α = k/(k − 1)·(1 − Σ s²_j / s²_total) over the complete rows (rows with any null are dropped),
 * item and total-score variances by the corrected two-pass algorithm (Cronbach, L. J. 1951, "Coefficient alpha
 * and the internal structure of tests", Psychometrika 16, 297–334). Interval: (1 − α)/(1 − α̂) ~ F with
 * n − 1 and (n − 1)(k − 1) degrees of freedom (Feldt, L. S. 1965, Psychometrika 30, 357–370), so
 * [1 − (1 − α̂)·F_{0.975}, 1 − (1 − α̂)·F_{0.025}] with n the number of complete rows.
 *
 * Cost: O(n·k) plus two F quantiles.
 *
 * @param items rows = respondents, columns = items; finite numbers or null (missing)
 * @returns { alpha, ci95, nComplete, k }
 * @throws Error "cronbachAlpha requires at least 2 items"
 * @throws Error "cronbachAlpha requires every row to have the same number of items"
 * @throws Error "cronbachAlpha requires finite numbers or null"
 * @throws Error "cronbachAlpha requires at least 2 complete rows"
 * @throws Error "cronbachAlpha requires non-zero variance of the total score"
 * @example
 * cronbachAlpha(pingouinData); // 15 × 10 data set of pingouin / R psych: α = 0.5917188486, CI [0.19492, 0.83982]
 */
export function cronbachAlpha(items: ReadonlyArray<ReadonlyArray<number | null>>): CronbachAlphaResult {
  const { k, rows } = completeItemRows(items, "cronbachAlpha");
  const n = rows.length;
  if (n < 2) throw new Error("cronbachAlpha requires at least 2 complete rows");
  const column = new Float64Array(n);
  let itemVariances = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) column[i] = rows[i]![j]!;
    itemVariances += meanAndVariance(column).variance;
  }
  const totals = rows.map((row) => row.reduce((sum, value) => sum + value, 0));
  const totalVariance = meanAndVariance(totals).variance;
  if (!(totalVariance > 0)) throw new Error("cronbachAlpha requires non-zero variance of the total score");
  const alpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const ci95: [number, number] = [
    1 - (1 - alpha) * fQuantile(0.975, df1, df2),
    1 - (1 - alpha) * fQuantile(0.025, df1, df2),
  ];
  return { alpha, ci95, nComplete: n, k };
}

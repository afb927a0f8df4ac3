import { fSf } from "./distributions/index";
import type { OlsFit } from "./ols";

/** Result of {@link nestedFTest}, as the second row of R's `anova(reduced, full)`. */
export interface NestedFTest {
  F: number;
  /** Numerator degrees of freedom: the number of extra coefficients in the full model. */
  df1: number;
  /** Denominator degrees of freedom: the full model's residual df. */
  df2: number;
  p: number;
  /** Reduction in the residual sum of squares, RSS(reduced) − RSS(full). */
  ssDifference: number;
}

/**
 * F test comparing two nested linear models fitted by {@link ols} to the same observations: do the extra
 * predictors of the full model explain significantly more variance? Same numbers as R's `anova(reduced, full)`.
 *
 * Method: F = [(RSS_r − RSS_f)/(df_r − df_f)] / (RSS_f/df_f) on (df_r − df_f, df_f) degrees of freedom, upper tail
 * of the F distribution (e.g. Weisberg, Applied Linear Regression, 4th ed., §6.1). Nesting itself (the reduced
 * model's predictors spanning a subspace of the full model's) is the caller's responsibility, as in R; a reduced
 * model that fits clearly better than the "full" one is rejected. A difference of rounding size is taken as 0.
 *
 * Cost: O(1).
 *
 * @throws Error "nestedFTest requires both models to be fitted to the same number of observations"
 * @throws Error "nestedFTest requires the full model to have more coefficients than the reduced model"
 * @throws Error "nestedFTest requires the reduced model to fit no better than the full model"
 * @example
 * nestedFTest(ols(mpg, { wt, hp }), ols(mpg, { wt, hp, "wt:hp": wtHp }));
 * // { F: 14.09, df1: 1, df2: 28, p: 0.000811 } as anova(lm(mpg ~ wt + hp), lm(mpg ~ wt * hp))
 */
export function nestedFTest(
  reduced: Pick<OlsFit, "n" | "df" | "rss">,
  full: Pick<OlsFit, "n" | "df" | "rss">,
): NestedFTest {
  if (reduced.n !== full.n) {
    throw new Error("nestedFTest requires both models to be fitted to the same number of observations");
  }
  const df1 = reduced.df - full.df;
  if (df1 < 1)
    throw new Error("nestedFTest requires the full model to have more coefficients than the reduced model");
  let ssDifference = reduced.rss - full.rss;
  if (ssDifference < 0) {
    if (-ssDifference > 1e-10 * reduced.rss) {
      throw new Error("nestedFTest requires the reduced model to fit no better than the full model");
    }
    ssDifference = 0;
  }
  const df2 = full.df;
  const F = ssDifference / df1 / (full.rss / df2);
  return { F, df1, df2, p: fSf(F, df1, df2), ssDifference };
}

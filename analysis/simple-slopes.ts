import { tQuantile, tSf } from "./distributions/index";
import { interactionTerms } from "./interaction-terms";
import type { OlsFit } from "./ols";

/** One row of {@link simpleSlopes}. */
export interface SimpleSlope {
  /** Moderator value. */
  at: number;
  /** Slope of the focal predictor at this moderator value, β_focal + β_focal:moderator · at. */
  slope: number;
  se: number;
  t: number;
  /** Two-sided p-value on the fit's residual df. */
  p: number;
  /** Confidence interval for the slope at `level` (default 95%). */
  ci: [number, number];
}

/**
 * Simple slopes: the effect of a focal predictor at chosen values of a moderator, in a linear model with their
 * product term (probing an interaction; Aiken & West 1991, Multiple Regression: Testing and Interpreting
 * Interactions, ch. 2). Same numbers as R `interactions::sim_slopes(fit, pred = focal, modx = moderator,
 * modx.values = at)` for an `lm` fit.
 *
 * The fit must come from {@link ols} with predictors named `focal`, `moderator` (optional) and the product named
 * `"focal:moderator"` or `"moderator:focal"` (R's naming for `y ~ focal * moderator`).
 *
 * Method: slope(m) = β_f + β_fm·m; Var = V_ff + 2m·V_f,fm + m²·V_fm,fm from the fit's covariance matrix;
 * t = slope/SE on the residual df; CI = slope ± t_{(1+level)/2, df}·SE.
 *
 * Cost: O(k) for k moderator values.
 *
 * @throws Error "simpleSlopes requires the focal predictor in the fit"
 * @throws Error "simpleSlopes requires the product term focal:moderator in the fit"
 * @throws Error "simpleSlopes requires level strictly between 0 and 1"
 * @throws Error "simpleSlopes requires finite moderator values"
 * @example
 * const fit = ols(mpg, { wt, hp, "wt:hp": wtHp });
 * simpleSlopes(fit, { focal: "hp", moderator: "wt", at: [2.238793, 3.21725, 4.195707] });
 * // slopes −0.057756, −0.030508, −0.003259 (SE 0.010203, 0.007503, 0.010672)
 */
export function simpleSlopes(
  fit: Pick<OlsFit, "names" | "coefficients" | "vcov" | "df">,
  options: { focal: string; moderator: string; at: readonly number[]; level?: number },
): SimpleSlope[] {
  const { focal, moderator, at } = options;
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error("simpleSlopes requires level strictly between 0 and 1");
  const { bf, bi, vff, vfi, vii } = interactionTerms(fit, focal, moderator, "simpleSlopes");
  const tCrit = tQuantile((1 + level) / 2, fit.df);
  return at.map((m) => {
    if (!Number.isFinite(m)) throw new Error("simpleSlopes requires finite moderator values");
    const slope = bf + bi * m;
    const se = Math.sqrt(vff + 2 * m * vfi + m * m * vii);
    const t = slope / se;
    return {
      at: m,
      slope,
      se,
      t,
      p: 2 * tSf(Math.abs(t), fit.df),
      ci: [slope - tCrit * se, slope + tCrit * se],
    };
  });
}

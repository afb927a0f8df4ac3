import type { OlsFit } from "./ols";

/** Result of {@link interactionTerms}: what the simple slope β_f + β_fm·m and its variance are built from. */
export interface InteractionTerms {
  /** β_f, the focal predictor's coefficient */
  bf: number;
  /** β_fm, the product term's coefficient */
  bi: number;
  /** Var(β_f) */
  vff: number;
  /** Cov(β_f, β_fm) */
  vfi: number;
  /** Var(β_fm) */
  vii: number;
}

/**
 * The coefficients of a focal predictor and of its product term with a moderator in a linear model, with their
 * variances and covariance (internal helper of simpleSlopes and johnsonNeyman).
 *
 * Method: looks the focal predictor up by name and the product term as `focal:moderator` or, failing that,
 * `moderator:focal`; reads the estimates and the matching entries of the coefficient covariance matrix.
 *
 * Cost: O(p) for p coefficients.
 *
 * @param fit an {@link ols} fit (or its names, coefficients and vcov)
 * @param focal name of the focal predictor
 * @param moderator name of the moderator
 * @param caller the public function's name, used in the error messages
 * @returns { bf, bi, vff, vfi, vii }
 * @throws Error "<caller> requires the focal predictor in the fit"
 * @throws Error "<caller> requires the product term focal:moderator in the fit"
 * @example
 * interactionTerms(ols(mpg, { wt, hp, "wt:hp": wtHp }), "hp", "wt", "simpleSlopes");
 * // { bf: -0.1201021, bi: 0.02784815, vff: 0.00061000835, vfi: -0.00017460891, vii: 5.5050174e-5 }
 */
export function interactionTerms(
  fit: Pick<OlsFit, "names" | "coefficients" | "vcov">,
  focal: string,
  moderator: string,
  caller: string,
): InteractionTerms {
  const f = fit.names.indexOf(focal);
  if (f < 0) throw new Error(`${caller} requires the focal predictor in the fit`);
  let i = fit.names.indexOf(`${focal}:${moderator}`);
  if (i < 0) i = fit.names.indexOf(`${moderator}:${focal}`);
  if (i < 0) throw new Error(`${caller} requires the product term focal:moderator in the fit`);
  return {
    bf: fit.coefficients[focal]!.estimate,
    bi: fit.coefficients[fit.names[i]!]!.estimate,
    vff: fit.vcov[f]![f]!,
    vfi: fit.vcov[f]![i]!,
    vii: fit.vcov[i]![i]!,
  };
}

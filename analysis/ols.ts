import { fSf, tSf } from "./distributions/index";
import { backSubstitute, householderQr, scaledInverseCrossProduct } from "./householder-qr";

/** One coefficient row of an {@link ols} fit, as a row of R's `coef(summary(lm(...)))`. */
export interface OlsCoefficient {
  estimate: number;
  /** Standard error. */
  se: number;
  /** t statistic, estimate / se. */
  t: number;
  /** Two-sided p-value on `df` residual degrees of freedom. */
  p: number;
}

/** Result of {@link ols}. */
export interface OlsFit {
  /** Coefficients by name: "(Intercept)" first, then the predictors in the order given. */
  coefficients: Record<string, OlsCoefficient>;
  /** Coefficient names in model order (the row and column order of `vcov`). */
  names: string[];
  /** Covariance matrix of the estimates, σ²(XᵀX)⁻¹, in `names` order (R: `vcov(fit)`). */
  vcov: number[][];
  /** Multiple R². */
  r2: number;
  /** Adjusted R², 1 − (1 − R²)(n − 1)/df. */
  adjR2: number;
  /** Number of observations. */
  n: number;
  /** Residual degrees of freedom, n − number of coefficients. */
  df: number;
  /** Residual standard error, √(RSS/df). */
  sigma: number;
  /** Residual sum of squares. */
  rss: number;
  /** Overall F test of all predictors against the intercept-only model (null when there are no predictors). */
  fStatistic: { F: number; df1: number; df2: number; p: number } | null;
  /** y − fitted, in input order. */
  residuals: number[];
  /** Fitted values, in input order. */
  fitted: number[];
}

/**
 * Ordinary least squares regression with an intercept, y = β₀ + Σ βⱼ xⱼ + ε, reported as R's
 * `summary(lm(y ~ x1 + x2 + …))`: estimates, standard errors, t and two-sided p-values, R², adjusted R²,
 * residual standard error, the overall F test, the covariance matrix of the estimates, residuals and fitted values.
 * An interaction is an ordinary predictor holding the product of two others; name it "a:b" (as R does) so that
 * {@link simpleSlopes} and {@link johnsonNeyman} can find it.
 *
 * Method: Householder QR decomposition of the design matrix X = QR (Golub & Van Loan, Matrix Computations,
 * 4th ed., §5.2; the numerically stable route R's `lm` also takes via LINPACK dqrdc2), never the normal
 * equations: β̂ solves Rβ = Qᵀy by back substitution and (XᵀX)⁻¹ = R⁻¹R⁻ᵀ. A column whose norm after removing
 * the earlier columns falls below 1e-7 of its original norm (R's tolerance) is reported as collinear, rather than
 * dropped as R does.
 *
 * Cost: O(n·p²) time and O(n·p) memory for n observations and p coefficients.
 *
 * @param y response values
 * @param predictors named predictor columns, each as long as y ("(Intercept)" is reserved)
 * @throws Error "ols requires predictors of the same length as y"
 * @throws Error "ols requires finite values"
 * @throws Error "ols requires more observations than coefficients"
 * @throws Error "ols reserves the name (Intercept)"
 * @throws Error "ols requires linearly independent predictors (<name> is collinear with earlier columns)"
 * @example
 * const fit = ols(mpg, { wt, hp, "wt:hp": wt.map((w, i) => w * hp[i]) });
 * fit.coefficients["wt:hp"]; // { estimate: 0.02785, se: 0.00742, t: 3.753, p: 0.000811 } as lm(mpg ~ wt * hp, mtcars)
 */
export function ols(y: ArrayLike<number>, predictors: Readonly<Record<string, ArrayLike<number>>>): OlsFit {
  const { names, columns, yv } = olsDesign(y, predictors);
  const n = yv.length;
  const p = names.length;
  const { r, qty } = householderQr(
    columns.map((c) => Float64Array.from(c)),
    Float64Array.from(yv),
    names,
  );
  const beta = backSubstitute(r, qty);
  const { fitted, residuals, rss, tss } = fittedSums(yv, columns, beta);
  const df = n - p;
  const sigma2 = rss / df;
  const vcov = scaledInverseCrossProduct(r, sigma2);
  const coefficients: Record<string, OlsCoefficient> = {};
  names.forEach((name, j) => {
    const estimate = beta[j] as number;
    const se = Math.sqrt(vcov[j]![j] as number);
    const t = estimate / se;
    coefficients[name] = { estimate, se, t, p: 2 * tSf(Math.abs(t), df) };
  });
  const r2 = 1 - rss / tss;
  let fStatistic: OlsFit["fStatistic"] = null;
  if (p > 1) {
    const F = (tss - rss) / (p - 1) / sigma2;
    fStatistic = { F, df1: p - 1, df2: df, p: fSf(F, p - 1, df) };
  }
  return {
    coefficients,
    names,
    vcov,
    r2,
    adjR2: 1 - ((1 - r2) * (n - 1)) / df,
    n,
    df,
    sigma: Math.sqrt(sigma2),
    rss,
    fStatistic,
    residuals,
    fitted,
  };
}

/** The checked design: coefficient names, the columns of X (intercept first, column-major) and y. */
function olsDesign(y: ArrayLike<number>, predictors: Readonly<Record<string, ArrayLike<number>>>) {
  const n = y.length;
  const predictorNames = Object.keys(predictors);
  if (predictorNames.includes("(Intercept)")) throw new Error("ols reserves the name (Intercept)");
  const names = ["(Intercept)", ...predictorNames];
  for (const name of predictorNames) {
    if ((predictors[name] as ArrayLike<number>).length !== n) {
      throw new Error("ols requires predictors of the same length as y");
    }
  }
  if (n <= names.length) throw new Error("ols requires more observations than coefficients");
  // The original columns are kept for the fitted values (the QR overwrites copies).
  const columns: Float64Array[] = [new Float64Array(n).fill(1)];
  for (const name of predictorNames) columns.push(Float64Array.from(predictors[name] as ArrayLike<number>));
  const yv = Float64Array.from(y);
  for (const col of [yv, ...columns]) {
    for (let i = 0; i < n; i++) if (!Number.isFinite(col[i])) throw new Error("ols requires finite values");
  }
  return { names, columns, yv };
}

/** Fitted values Xβ, residuals, the residual and the total sum of squares. */
function fittedSums(yv: Float64Array, columns: readonly Float64Array[], beta: Float64Array) {
  const n = yv.length;
  const fitted = new Array<number>(n);
  const residuals = new Array<number>(n);
  let rss = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += yv[i] as number;
  yMean /= n;
  let tss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < beta.length; j++) f += (columns[j]![i] as number) * (beta[j] as number);
    fitted[i] = f;
    const e = (yv[i] as number) - f;
    residuals[i] = e;
    rss += e * e;
    tss += ((yv[i] as number) - yMean) ** 2;
  }
  return { fitted, residuals, rss, tss };
}

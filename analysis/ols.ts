import { fSf, tSf } from "./distributions/index";

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

/** R's rank-deficiency tolerance (`lm`'s `qr(x, tol = 1e-07)`). */
const RANK_TOL = 1e-7;

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
  const n = y.length;
  const predictorNames = Object.keys(predictors);
  if (predictorNames.includes("(Intercept)")) throw new Error("ols reserves the name (Intercept)");
  const names = ["(Intercept)", ...predictorNames];
  const p = names.length;
  for (const name of predictorNames) {
    if ((predictors[name] as ArrayLike<number>).length !== n) {
      throw new Error("ols requires predictors of the same length as y");
    }
  }
  if (n <= p) throw new Error("ols requires more observations than coefficients");

  // Design matrix, column-major; the original columns are kept for the fitted values.
  const columns: Float64Array[] = [new Float64Array(n).fill(1)];
  for (const name of predictorNames) columns.push(Float64Array.from(predictors[name] as ArrayLike<number>));
  const yv = Float64Array.from(y);
  for (const col of [yv, ...columns]) {
    for (let i = 0; i < n; i++) if (!Number.isFinite(col[i])) throw new Error("ols requires finite values");
  }

  const { r, qty } = householderQr(
    columns.map((c) => Float64Array.from(c)),
    Float64Array.from(yv),
    names,
  );

  // Back substitution R β = (Qᵀy)[0…p−1].
  const beta = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let s = qty[j] as number;
    for (let k = j + 1; k < p; k++) s -= (r[j]![k] as number) * (beta[k] as number);
    beta[j] = s / (r[j]![j] as number);
  }

  const fitted = new Array<number>(n);
  const residuals = new Array<number>(n);
  let rss = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += yv[i] as number;
  yMean /= n;
  let tss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < p; j++) f += (columns[j]![i] as number) * (beta[j] as number);
    fitted[i] = f;
    const e = (yv[i] as number) - f;
    residuals[i] = e;
    rss += e * e;
    tss += ((yv[i] as number) - yMean) ** 2;
  }
  const df = n - p;
  const sigma2 = rss / df;

  // (XᵀX)⁻¹ = R⁻¹ R⁻ᵀ, with R⁻¹ upper triangular.
  const rInv = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    rInv[j]![j] = 1 / (r[j]![j] as number);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += (r[i]![k] as number) * (rInv[k]![j] as number);
      rInv[i]![j] = -s / (r[i]![i] as number);
    }
  }
  const vcov = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += (rInv[i]![k] as number) * (rInv[j]![k] as number);
      return s * sigma2;
    }),
  );

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

/**
 * Householder QR of the n×p matrix given as columns (overwritten), applying the same reflections to y.
 * Returns the p×p upper-triangular R (rows) and Qᵀy.
 */
function householderQr(
  cols: Float64Array[],
  y: Float64Array,
  names: string[],
): { r: Float64Array[]; qty: Float64Array } {
  const p = cols.length;
  const n = y.length;
  const originalNorms = cols.map((c) => scaledNorm(c, 0));
  const r = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    const a = cols[j] as Float64Array;
    const norm = scaledNorm(a, j);
    if (!(norm > RANK_TOL * (originalNorms[j] as number))) {
      throw new Error(
        `ols requires linearly independent predictors (${names[j]} is collinear with earlier columns)`,
      );
    }
    // v = a[j…] + sign(a_j)·‖a[j…]‖·e₁; H = I − 2vvᵀ/(vᵀv); H a = −sign(a_j)‖a‖e₁.
    const alpha = (a[j] as number) >= 0 ? -norm : norm;
    const v = new Float64Array(n - j);
    v[0] = (a[j] as number) - alpha;
    for (let i = j + 1; i < n; i++) v[i - j] = a[i] as number;
    let vtv = 0;
    for (let i = 0; i < v.length; i++) vtv += (v[i] as number) ** 2;
    const apply = (c: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += (v[i - j] as number) * (c[i] as number);
      const f = (2 * dot) / vtv;
      for (let i = j; i < n; i++) c[i] = (c[i] as number) - f * (v[i - j] as number);
    };
    a[j] = alpha;
    for (let i = j + 1; i < n; i++) a[i] = 0;
    for (let k = j + 1; k < p; k++) apply(cols[k] as Float64Array);
    apply(y);
    for (let k = j; k < p; k++) r[j]![k] = (cols[k] as Float64Array)[j] as number;
  }
  return { r, qty: y };
}

/** Euclidean norm of c[from…], scaled against overflow and underflow. */
function scaledNorm(c: Float64Array, from: number): number {
  let scale = 0;
  for (let i = from; i < c.length; i++) scale = Math.max(scale, Math.abs(c[i] as number));
  if (scale === 0) return 0;
  let ss = 0;
  for (let i = from; i < c.length; i++) ss += ((c[i] as number) / scale) ** 2;
  return scale * Math.sqrt(ss);
}

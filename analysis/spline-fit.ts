import { tQuantile } from "./distributions/index";
import { nestedFTest, type NestedFTest } from "./nested-f-test";
import { ols, type OlsFit } from "./ols";
import { restrictedCubicSpline } from "./restricted-cubic-spline";

/** Result of {@link splineFit}. */
export interface SplineFit {
  knots: number[];
  /** The OLS fit of y on the spline basis; coefficients "(Intercept)", "x", "x'", "x''", … (rms naming). */
  fit: OlsFit;
  /** The fitted curve on an evenly spaced grid from min(x) to max(x), with a pointwise confidence band. */
  grid: { x: number[]; fit: number[]; se: number[]; lower: number[]; upper: number[] };
  /** F test of the non-linear terms: the linear fit y ~ x against the spline fit. */
  nonlinearity: NestedFTest;
  /** The linear fit y ~ x that the non-linearity test compares with (coefficients "(Intercept)", "x"). */
  linear: OlsFit;
  /** Confidence level of the band. */
  level: number;
}

/**
 * Fits a restricted cubic spline y ~ rcs(x, nk) by least squares and reports the curve with a pointwise
 * confidence band and a test of non-linearity — as R `lm(y ~ rcs(x, nk))` (rms), `predict(fit, newdata,
 * interval = "confidence")` on a grid, and `anova(lm(y ~ x), lm(y ~ rcs(x, nk)))`.
 *
 * Method: basis from {@link restrictedCubicSpline} (Harrell, Regression Modeling Strategies §2.4.5–2.4.6), fit by
 * {@link ols} (Householder QR). At each grid point g with basis row z(g) = (1, g, g′, …): fit = z·β̂,
 * SE = √(z V zᵀ) with V the covariance of β̂, band = fit ± t_{(1+level)/2, df}·SE. Non-linearity: the nested F test
 * ({@link nestedFTest}) of the k − 2 non-linear coefficients, identical to rms' "Nonlinear" row of `anova` for OLS.
 *
 * Cost: O(n·k² + gridSize·k²) time, O(n·k) memory for k knots.
 *
 * @param options.nk number of knots (default 4) when `knots` is not given
 * @param options.knots explicit knots
 * @param options.gridSize number of grid points, default 100, at least 2
 * @param options.level confidence level of the band, default 0.95
 * @throws Error "splineFit requires x and y of the same length"
 * @throws Error "splineFit requires gridSize to be an integer of at least 2"
 * @throws Error "splineFit requires level strictly between 0 and 1"
 * @throws errors of {@link restrictedCubicSpline} and {@link ols} (e.g. too few observations for the knots)
 * @example
 * const s = splineFit(speed, dist, { nk: 4 }); // cars
 * s.nonlinearity; // { F, df1: 2, df2: 46, p } as anova(lm(dist ~ speed), lm(dist ~ rcs(speed, 4)))
 * s.grid;         // curve and 95% band for plotting
 */
export function splineFit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { nk?: number; knots?: readonly number[]; gridSize?: number; level?: number } = {},
): SplineFit {
  if (x.length !== y.length) throw new Error("splineFit requires x and y of the same length");
  const gridSize = options.gridSize ?? 100;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(gridSize) || gridSize < 2) {
    throw new Error("splineFit requires gridSize to be an integer of at least 2");
  }
  if (!(level > 0 && level < 1)) throw new Error("splineFit requires level strictly between 0 and 1");

  const basisOptions = options.knots !== undefined ? { knots: options.knots } : { nk: options.nk ?? 4 };
  const { knots, columns } = restrictedCubicSpline(x, basisOptions);
  const names = columns.map((_, j) => "x" + "'".repeat(j));
  const predictors: Record<string, number[]> = {};
  names.forEach((name, j) => (predictors[name] = columns[j] as number[]));
  const fit = ols(y, predictors);
  const linear = ols(y, { x: columns[0] as number[] });
  const nonlinearity = nestedFTest(linear, fit);

  let min = Infinity;
  let max = -Infinity;
  for (const v of columns[0] as number[]) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // R: seq(min, max, length.out = gridSize)
  const step = (max - min) / (gridSize - 1);
  const gx = Array.from({ length: gridSize }, (_, i) => (i === gridSize - 1 ? max : min + i * step));
  const gridBasis = restrictedCubicSpline(gx, { knots }).columns;
  const beta = fit.names.map((name) => fit.coefficients[name]!.estimate);
  const tCrit = tQuantile((1 + level) / 2, fit.df);
  const p = beta.length;
  const fitted: number[] = [];
  const se: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const z = new Float64Array(p);
  for (let g = 0; g < gridSize; g++) {
    z[0] = 1;
    for (let j = 1; j < p; j++) z[j] = gridBasis[j - 1]![g] as number;
    let f = 0;
    let v = 0;
    for (let a = 0; a < p; a++) {
      f += (z[a] as number) * (beta[a] as number);
      for (let b = 0; b < p; b++) v += (z[a] as number) * (fit.vcov[a]![b] as number) * (z[b] as number);
    }
    const s = Math.sqrt(Math.max(v, 0));
    fitted.push(f);
    se.push(s);
    lower.push(f - tCrit * s);
    upper.push(f + tCrit * s);
  }
  return { knots, fit, grid: { x: gx, fit: fitted, se, lower, upper }, nonlinearity, linear, level };
}

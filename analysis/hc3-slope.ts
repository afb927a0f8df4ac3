import { tSf } from "./distributions/index";
import type { OlsCoefficient } from "./ols";

/**
 * The slope of a simple regression y ~ x with its HC3 heteroscedasticity-consistent standard error (MacKinnon &
 * White 1985; recommended for small and moderate samples by Long & Ervin 2000, The American Statistician 54(3),
 * 217–224): Var(b) = Σ (xᵢ − x̄)² eᵢ² / (1 − hᵢ)² / Sxx², with hᵢ = 1/n + (xᵢ − x̄)²/Sxx, and t and p on n − 2
 * degrees of freedom, as R's `coeftest(fit, vcovHC(fit, type = "HC3"))`. When the truth is a curve, the straight
 * line is the best linear summary of it, and the classical σ²/Sxx understates how much that slope varies from
 * sample to sample; HC3 does not assume the line is the truth.
 *
 * Cost: O(n).
 *
 * @throws Error "hc3Slope requires …" for fewer than 3 points, unequal lengths or a constant x
 * @example
 * hc3Slope(speed, residuals, 3.932).se; // 0.4275 for R's cars data (classical SE 0.4155)
 */
export function hc3Slope(
  x: ArrayLike<number>,
  residuals: ArrayLike<number>,
  estimate: number,
): OlsCoefficient {
  const n = x.length;
  if (n < 3 || residuals.length !== n)
    throw new Error("hc3Slope requires at least 3 points and one residual each");
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  let sxx = 0;
  for (let i = 0; i < n; i++) sxx += (x[i]! - mean) ** 2;
  if (!(sxx > 0)) throw new Error("hc3Slope requires x to vary");
  let meat = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (x[i]! - mean) ** 2;
    const leverage = 1 / n + d2 / sxx;
    meat += (d2 * residuals[i]! ** 2) / (1 - leverage) ** 2;
  }
  const se = Math.sqrt(meat) / sxx;
  const t = estimate / se;
  return { estimate, se, t, p: 2 * tSf(Math.abs(t), n - 2) };
}

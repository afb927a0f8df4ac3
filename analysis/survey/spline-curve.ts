import { tQuantile } from "../distributions/index";
import type { OlsFit } from "../ols";
import { restrictedCubicSpline } from "../restricted-cubic-spline";
import type { CurvePoint } from "../charts/chart-types";

/**
 * A fitted restricted cubic spline ({@link splineFit}'s `fit` and `knots`) evaluated on an evenly spaced grid
 * over [from, to], with its pointwise 95 % confidence band — R `predict(fit, data.frame(x = grid),
 * interval = "confidence")`: fit = z·β̂, SE = √(z V zᵀ), limits fit ± t_{0.975, df}·SE for the basis row z.
 *
 * Cost: O(points · k²) for k knots.
 *
 * @param points number of grid points, at least 2
 * @example
 * splineCurve(s.fit, s.knots, [1, 20], 60); // [{ x: 1, fit, lo, hi }, …]
 */
export function splineCurve(
  fit: Pick<OlsFit, "names" | "coefficients" | "vcov" | "df">,
  knots: readonly number[],
  [from, to]: [number, number],
  points: number,
): CurvePoint[] {
  const step = (to - from) / (points - 1);
  const xs = Array.from({ length: points }, (_, i) => (i === points - 1 ? to : from + i * step));
  const basis = restrictedCubicSpline(xs, { knots }).columns;
  const beta = fit.names.map((name) => fit.coefficients[name]!.estimate);
  const t = tQuantile(0.975, fit.df);
  return xs.map((x, g) => {
    const z = [1, ...basis.map((column) => column[g]!)];
    let value = 0;
    let variance = 0;
    for (let a = 0; a < z.length; a++) {
      value += z[a]! * beta[a]!;
      for (let b = 0; b < z.length; b++) variance += z[a]! * fit.vcov[a]![b]! * z[b]!;
    }
    const se = Math.sqrt(Math.max(variance, 0));
    return { x, fit: value, lo: value - t * se, hi: value + t * se };
  });
}

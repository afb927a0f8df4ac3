import { tQuantile } from "../distributions/index";
import { hc3Slope } from "../hc3-slope";
import type { IntervalEstimate } from "./types";

/** Least-squares slope of y on x (NaN when x does not vary). Cost: O(n). */
export function simpleSlope(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { slope: number; intercept: number } {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * The cross-sectional slope of a score over tenure: OLS, with the HC3 standard error and a t interval on n − 2 df,
 * as every straight tenure slope in the project (decision 031; R: `coeftest(lm(y ~ x), vcovHC(fit, "HC3"))`).
 *
 * Cost: O(n).
 *
 * @throws errors of {@link hc3Slope} (fewer than 3 points, constant tenure)
 * @example
 * crossSectionalSlope(tenure, score).se; // the HC3 SE
 */
export function crossSectionalSlope(tenure: Float64Array, score: Float64Array): IntervalEstimate {
  const fit = simpleSlope(tenure, score);
  const residuals = Float64Array.from(score, (y, i) => y - fit.intercept - fit.slope * tenure[i]!);
  const { se } = hc3Slope(tenure, residuals, fit.slope);
  const half = tQuantile(0.975, tenure.length - 2) * se;
  return { estimate: fit.slope, se, ci95: [fit.slope - half, fit.slope + half] };
}

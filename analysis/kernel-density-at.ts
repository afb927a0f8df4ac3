import { silvermanBandwidth } from "./silverman-bandwidth";

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * The Gaussian kernel density estimate of a sample at one point: (1/(n·h)) Σ φ((x − xᵢ)/h), with bandwidth h
 * from {@link silvermanBandwidth} unless given. Equals R's `mean(dnorm(x, values, bw.nrd0(values)))`, the exact
 * value that `density(values)` approximates on its grid.
 *
 * Method: Silverman (1986), Density Estimation for Statistics and Data Analysis, §3.3 (the kernel estimator).
 *
 * Cost: O(n), plus O(n log n) for the default bandwidth.
 *
 * @param values the sample (at least 2 finite numbers)
 * @param x where to estimate the density
 * @param bandwidth kernel standard deviation h > 0 (default Silverman's rule)
 * @throws Error "kernelDensityAt requires a positive bandwidth"
 * @throws Error of {@link silvermanBandwidth}
 * @example
 * kernelDensityAt(replicates, quantile); // the density of the replicates at the quantile
 */
export function kernelDensityAt(values: ArrayLike<number>, x: number, bandwidth?: number): number {
  const h = bandwidth ?? silvermanBandwidth(values);
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("kernelDensityAt requires a positive bandwidth");
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const z = (x - (values[i] as number)) / h;
    sum += Math.exp(-0.5 * z * z);
  }
  return (sum * INV_SQRT_2PI) / (values.length * h);
}

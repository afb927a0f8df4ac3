import { bisquareWeights } from "./lowess-robustness";
import { smoothPass, tiedRunFitter } from "./lowess-local-fit";
import { stableOrder } from "./stable-order";

/** Options for {@link lowess}; defaults are those of R's `lowess`. */
export interface LowessOptions {
  /** Smoother span: the fraction of points that influence each local fit. Default 2/3. */
  f?: number;
  /** Number of robustifying (bisquare) iterations. Default 3. */
  iter?: number;
  /** Points closer than `delta` in x to the last fitted point are interpolated. Default 0.01 × range(x). */
  delta?: number;
}

/** Result of {@link lowess}: all n points, sorted by x (ties kept, in input order). */
export interface LowessResult {
  x: number[];
  y: number[];
}

/**
 * LOWESS scatterplot smoother: a robust, locally weighted linear regression of y on x, evaluated at
 * every observed x. Gives the same numbers as R's `stats::lowess(x, y, f, iter, delta)`.
 *
 * Method: Cleveland's `clowess` algorithm (W. S. Cleveland, "Robust locally weighted regression and
 * smoothing scatterplots", JASA 74:829–836, 1979; "LOWESS: A program for smoothing scatterplots by robust
 * locally weighted regression", The American Statistician 35:54, 1981), as in R's `src/library/stats/src/lowess.c`:
 * - the points are sorted by x (stable, so ties keep their input order);
 * - each local fit uses the ns = max(2, min(n, ⌊f·n + 1e-7⌋)) nearest neighbours (the window slides right while
 *   that shrinks the radius h, and extends to all points tied with the right edge), with tricube weights
 *   (1 − (d/h)³)³ (weight 1 for d ≤ 0.001h, 0 for d > 0.999h) and a weighted straight line, falling back to a
 *   weighted mean when the x values in the window are nearly constant;
 * - points within `delta` of the last fitted x are linearly interpolated, and tied x values share one fit;
 * - `iter` robustness steps reweight each point by the bisquare (1 − (r/6M)²)² of its residual r,
 *   with M the median absolute residual (stopping early if 6M is below 1e-7 × the mean absolute residual).
 *
 * Cost: O(n log n) to sort plus O((iter + 1) · (n + m · r)) time for m fitted points (at most n; fewer with
 * delta > 0 or tied x) and r runs of tied x values per window (at most ns); O(n) memory. The sums over a
 * window are taken run by run from prefix sums — the same weights as clowess, summed in another order.
 *
 * @throws Error "lowess requires x and y of the same length"
 * @throws Error "lowess requires at least one observation"
 * @throws Error "lowess requires finite x and y values"
 * @throws Error "lowess requires f to be finite and positive"
 * @throws Error "lowess requires iter to be a non-negative integer"
 * @throws Error "lowess requires delta to be finite and non-negative"
 * @example
 * const { x, y } = lowess([8, 4, 7, 4, 7], [16, 2, 4, 10, 22]);
 * // x = [4, 4, 7, 7, 8], y = [6, 6, 13, 13, 16], as R: lowess(c(8, 4, 7, 4, 7), c(16, 2, 4, 10, 22))
 */
export function lowess(
  xIn: ArrayLike<number>,
  yIn: ArrayLike<number>,
  options: LowessOptions = {},
): LowessResult {
  const n = xIn.length;
  if (yIn.length !== n) throw new Error("lowess requires x and y of the same length");
  if (n === 0) throw new Error("lowess requires at least one observation");
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xIn[i]) || !Number.isFinite(yIn[i])) {
      throw new Error("lowess requires finite x and y values");
    }
  }
  const f = options.f ?? 2 / 3;
  const nsteps = options.iter ?? 3;
  if (!Number.isFinite(f) || f <= 0) throw new Error("lowess requires f to be finite and positive");
  if (!Number.isInteger(nsteps) || nsteps < 0)
    throw new Error("lowess requires iter to be a non-negative integer");

  // Stable sort of the indices by x (R: order(x)).
  const order = stableOrder(xIn);
  const x = Array.from(order, (i) => xIn[i] as number);
  const y = Array.from(order, (i) => yIn[i] as number);

  const delta = options.delta ?? 0.01 * ((x[n - 1] as number) - (x[0] as number));
  if (!Number.isFinite(delta) || delta < 0)
    throw new Error("lowess requires delta to be finite and non-negative");

  if (n < 2) return { x, y: [y[0] as number] };
  const xs = Float64Array.from(x);
  const yv = Float64Array.from(y);
  const ys = new Float64Array(n);
  const rw = new Float64Array(n).fill(1); // robustness weights (all 1 for the first, unweighted fit)
  const res = new Float64Array(n); // residuals
  const fitter = tiedRunFitter(xs, yv, rw);
  const ns = Math.max(2, Math.min(n, Math.floor(f * n + 1e-7)));
  for (let step = 1; step <= nsteps + 1; step++) {
    fitter.reweigh();
    smoothPass(xs, yv, ys, { ns, delta, fitAt: fitter.fitAt });
    let meanAbs = 0;
    for (let k = 0; k < n; k++) {
      res[k] = yv[k]! - ys[k]!;
      meanAbs += Math.abs(res[k]!);
    }
    meanAbs /= n;
    if (step > nsteps || !bisquareWeights(res, meanAbs, rw)) break;
  }
  return { x, y: Array.from(ys) };
}

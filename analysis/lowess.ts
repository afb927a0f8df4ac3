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

  const ys = new Float64Array(n);
  if (n < 2) {
    ys[0] = y[0] as number;
    return { x, y: Array.from(ys) };
  }

  const xs = Float64Array.from(x);
  const yv = Float64Array.from(y);
  const rw = new Float64Array(n).fill(1); // robustness weights (all 1 for the first, unweighted fit)
  const res = new Float64Array(n); // residuals
  const range = xs[n - 1]! - xs[0]!;
  const ns = Math.max(2, Math.min(n, Math.floor(f * n + 1e-7)));

  // Tied x values share their tricube weight, so a local fit needs only each run of ties' sums of rw and rw·y,
  // read from prefix sums (rebuilt for each robustness step): O(runs in the window) per fit, not O(ns).
  const runEnd = new Int32Array(n); // index after the last point tied with point i
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i < n - 1 && xs[i + 1] === xs[i] ? runEnd[i + 1]! : i + 1;
  const sumRw = new Float64Array(n + 1);
  const sumRwY = new Float64Array(n + 1);
  const prefixSums = () => {
    for (let i = 0; i < n; i++) {
      sumRw[i + 1] = sumRw[i]! + rw[i]!;
      sumRwY[i + 1] = sumRwY[i]! + rw[i]! * yv[i]!;
    }
  };
  const runX = new Float64Array(n); // per run in the window: x, weight and weight·y (work space)
  const runW = new Float64Array(n);
  const runWY = new Float64Array(n);

  // Local weighted linear fit at xFit using points nleft…nright (plus ties on the right), as clowess' lowest().
  // Returns NaN when all weights are zero.
  const fitAt = (xFit: number, nleft: number, nright: number): number => {
    const h = Math.max(xFit - xs[nleft]!, xs[nright]! - xFit);
    const h9 = 0.999 * h;
    const h1 = 0.001 * h;
    let sumW = 0;
    let runs = 0;
    for (let j = nleft; j < n;) {
      const end = runEnd[j]!;
      const r = Math.abs(xs[j]! - xFit);
      if (r <= h9) {
        let t = 1;
        if (r > h1) {
          const q = r / h;
          const c = 1 - q * q * q;
          t = c * c * c;
        }
        runX[runs] = xs[j]!;
        runW[runs] = t * (sumRw[end]! - sumRw[j]!);
        runWY[runs] = t * (sumRwY[end]! - sumRwY[j]!);
        sumW += runW[runs]!;
        runs++;
      } else if (xs[j]! > xFit) {
        break;
      }
      j = end;
    }
    if (sumW <= 0) return Number.NaN;
    let slope = 0;
    let center = 0;
    if (h > 0) {
      for (let k = 0; k < runs; k++) center += (runW[k]! / sumW) * runX[k]!;
      let spread = 0;
      for (let k = 0; k < runs; k++) {
        const d = runX[k]! - center;
        spread += (runW[k]! / sumW) * d * d;
      }
      if (Math.sqrt(spread) > 0.001 * range) slope = (xFit - center) / spread;
    }
    let fitted = 0;
    for (let k = 0; k < runs; k++) fitted += (runWY[k]! / sumW) * (slope * (runX[k]! - center) + 1);
    return fitted;
  };

  const sortedAbs = new Float64Array(n);
  for (let step = 1; step <= nsteps + 1; step++) {
    prefixSums();
    let nleft = 0;
    let nright = ns - 1;
    let last = -1; // index of the previous fitted point
    let i = 0; // index of the current point
    for (;;) {
      if (nright < n - 1) {
        // Slide the window right while that makes the radius smaller.
        const d1 = xs[i]! - xs[nleft]!;
        const d2 = xs[nright + 1]! - xs[i]!;
        if (d1 > d2) {
          nleft++;
          nright++;
          continue;
        }
      }
      const fitted = fitAt(xs[i]!, nleft, nright);
      ys[i] = Number.isNaN(fitted) ? yv[i]! : fitted;
      if (last < i - 1) {
        // Interpolate the skipped points linearly.
        const denom = xs[i]! - xs[last]!;
        for (let j = last + 1; j < i; j++) {
          const alpha = (xs[j]! - xs[last]!) / denom;
          ys[j] = alpha * ys[i]! + (1 - alpha) * ys[last]!;
        }
      }
      last = i;
      const cut = xs[last]! + delta;
      for (i = last + 1; i < n; i++) {
        if (xs[i]! > cut) break;
        if (xs[i] === xs[last]) {
          ys[i] = ys[last]!;
          last = i;
        }
      }
      i = Math.max(last + 1, i - 1);
      if (last >= n - 1) break;
    }

    let meanAbs = 0;
    for (let k = 0; k < n; k++) {
      res[k] = yv[k]! - ys[k]!;
      meanAbs += Math.abs(res[k]!);
    }
    meanAbs /= n;
    if (step > nsteps) break;

    // 6 × median absolute residual.
    for (let k = 0; k < n; k++) sortedAbs[k] = Math.abs(res[k]!);
    sortedAbs.sort();
    const m1 = Math.floor(n / 2);
    const cmad = n % 2 === 0 ? 3 * (sortedAbs[m1]! + sortedAbs[n - m1 - 1]!) : 6 * sortedAbs[m1]!;
    if (cmad < 1e-7 * meanAbs) break;
    const c9 = 0.999 * cmad;
    const c1 = 0.001 * cmad;
    for (let k = 0; k < n; k++) {
      const r = Math.abs(res[k]!);
      if (r <= c1) rw[k] = 1;
      else if (r <= c9) {
        const q = r / cmad;
        const t = 1 - q * q;
        rw[k] = t * t;
      } else rw[k] = 0;
    }
  }
  return { x, y: Array.from(ys) };
}

/**
 * Indices 0…n−1 ordered by x with ties in input order (R's `order(x)`), by a counting sort over the ranks of the
 * distinct values — O(n log d) for d distinct values, without a comparator call per comparison.
 */
function stableOrder(x: ArrayLike<number>): Int32Array {
  const n = x.length;
  const sorted = Float64Array.from(x).sort();
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  const rank = new Int32Array(n);
  const next = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    next[lo + 1]!++;
  }
  for (let r = 1; r <= distinct.length; r++) next[r]! += next[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[rank[i]!]!++] = i;
  return order;
}

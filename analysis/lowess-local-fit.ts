// The local fits of lowess (clowess' lowest() and the window loop of its main routine), over x sorted ascending.

/** A local weighted linear fit at xFit over points nleft…nright (plus ties on the right); NaN when all weights are 0. */
export type LocalFit = (xFit: number, nleft: number, nright: number) => number;

/** Sorted x, y, robustness weights, each point's run of tied x, the runs' prefix sums and work space. */
interface TiedRuns {
  xs: Float64Array;
  yv: Float64Array;
  rw: Float64Array;
  range: number;
  /** index after the last point tied with point i */
  runEnd: Int32Array;
  sumRw: Float64Array;
  sumRwY: Float64Array;
  /** per run in the window: x, weight and weight·y */
  runX: Float64Array;
  runW: Float64Array;
  runWY: Float64Array;
}

/** The runs of the window around xFit with their tricube weights, into runX/runW/runWY: their count and weight. */
function weighRuns(t: TiedRuns, xFit: number, nleft: number, h: number) {
  const { xs, runEnd, sumRw, sumRwY } = t;
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let sumW = 0;
  let runs = 0;
  for (let j = nleft; j < xs.length;) {
    const end = runEnd[j]!;
    const r = Math.abs(xs[j]! - xFit);
    if (r <= h9) {
      let w = 1;
      if (r > h1) {
        const q = r / h;
        const c = 1 - q * q * q;
        w = c * c * c;
      }
      t.runX[runs] = xs[j]!;
      t.runW[runs] = w * (sumRw[end]! - sumRw[j]!);
      t.runWY[runs] = w * (sumRwY[end]! - sumRwY[j]!);
      sumW += t.runW[runs]!;
      runs++;
    } else if (xs[j]! > xFit) {
      break;
    }
    j = end;
  }
  return { runs, sumW };
}

/** clowess' lowest(): the weighted straight line (or weighted mean) of the window's runs at xFit. */
function fitRuns(t: TiedRuns, xFit: number, nleft: number, nright: number): number {
  const { xs, runX, runW, runWY } = t;
  const h = Math.max(xFit - xs[nleft]!, xs[nright]! - xFit);
  const { runs, sumW } = weighRuns(t, xFit, nleft, h);
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
    if (Math.sqrt(spread) > 0.001 * t.range) slope = (xFit - center) / spread;
  }
  let fitted = 0;
  for (let k = 0; k < runs; k++) fitted += (runWY[k]! / sumW) * (slope * (runX[k]! - center) + 1);
  return fitted;
}

/**
 * The local fit of lowess at any x, with the current robustness weights `rw` (read at each `reweigh()`).
 * Tied x values share their tricube weight, so a local fit needs only each run of ties' sums of rw and rw·y,
 * read from prefix sums (rebuilt by `reweigh()` for each robustness step): O(runs in the window) per fit, not
 * O(ns). Tricube weights (1 − (d/h)³)³ (1 for d ≤ 0.001h, 0 beyond 0.999h) and a weighted straight line,
 * falling back to a weighted mean when the window's x values are nearly constant (spread ≤ 0.001 × range).
 *
 * Cost: O(n) to build and per `reweigh()`.
 */
export function tiedRunFitter(xs: Float64Array, yv: Float64Array, rw: Float64Array) {
  const n = xs.length;
  const runEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i < n - 1 && xs[i + 1] === xs[i] ? runEnd[i + 1]! : i + 1;
  const runs: TiedRuns = {
    xs,
    yv,
    rw,
    range: xs[n - 1]! - xs[0]!,
    runEnd,
    sumRw: new Float64Array(n + 1),
    sumRwY: new Float64Array(n + 1),
    runX: new Float64Array(n),
    runW: new Float64Array(n),
    runWY: new Float64Array(n),
  };
  const reweigh = () => {
    for (let i = 0; i < n; i++) {
      runs.sumRw[i + 1] = runs.sumRw[i]! + rw[i]!;
      runs.sumRwY[i + 1] = runs.sumRwY[i]! + rw[i]! * yv[i]!;
    }
  };
  const fitAt: LocalFit = (xFit, nleft, nright) => fitRuns(runs, xFit, nleft, nright);
  return { reweigh, fitAt };
}

/**
 * One smoothing pass of lowess into `ys`: a local fit at each point whose window of the ns nearest neighbours
 * slides right while that shrinks its radius; points within `delta` of the last fitted x are interpolated
 * linearly, and tied x values share one fit (a fit with no weight keeps the point's own y).
 *
 * Cost: O(n + m · r) for m fitted points and r runs of tied x per window.
 */
export function smoothPass(
  xs: Float64Array,
  yv: Float64Array,
  ys: Float64Array,
  window: { ns: number; delta: number; fitAt: LocalFit },
): void {
  const n = xs.length;
  let nleft = 0;
  let nright = window.ns - 1;
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
    const fitted = window.fitAt(xs[i]!, nleft, nright);
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
    const cut = xs[last]! + window.delta;
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
}

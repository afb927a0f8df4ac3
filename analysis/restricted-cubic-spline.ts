/** Result of {@link restrictedCubicSpline}. */
export interface RestrictedCubicSplineBasis {
  /** The knots used, ascending and distinct. */
  knots: number[];
  /**
   * The basis, one array per column (each as long as x): x itself, then the k − 2 non-linear terms for k knots —
   * the columns of R `rms::rcs(x, knots)` / `Hmisc::rcspline.eval(x, knots, inclx = TRUE)`.
   */
  columns: number[][];
}

/** Harrell's default outer quantile for nk knots (RMS §2.4.6, table 2.3). */
const outerQuantile = (nk: number): number => (nk > 6 ? 0.025 : nk > 3 ? 0.05 : 0.1);
/** Fraction of ties at an extreme value that makes Hmisc put a knot next to it (rcspline.eval's `fractied`). */
const FRACTIED = 0.05;

/**
 * Restricted (natural) cubic spline basis of Stone & Koo (1985), in the truncated-power form and scaling of
 * Harrell's `Hmisc::rcspline.eval(x, knots, nk, inclx = TRUE, norm = 2)`, which `rms::rcs` uses: the fitted curve
 * is cubic between knots and linear beyond the outer knots. Fitting y on these columns by {@link ols} gives
 * R's `lm(y ~ rcs(x, nk))`.
 *
 * Method: Harrell, Regression Modeling Strategies (2nd ed., 2015), §2.4.5 eq. 2.25: for knots t₁ < … < t_k and
 * j = 1…k−2, Xⱼ₊₁ = (x − tⱼ)₊³ − (x − t_{k−1})₊³ (t_k − tⱼ)/(t_k − t_{k−1}) + (x − t_k)₊³ (t_{k−1} − tⱼ)/(t_k − t_{k−1}),
 * with every (·)₊ divided by τ = (t_k − t₁)^{2/3} (norm = 2) so the columns are on the scale of x. Default knots
 * (RMS §2.4.6) are the quantiles (R type 7) of x at 0.10, 0.5, 0.90 (3 knots), 0.05, 0.35, 0.65, 0.95 (4),
 * 0.05, 0.275, 0.5, 0.725, 0.95 (5), 0.05 … 0.95 (6) and 0.025 … 0.975 (7), equally spaced, with rcspline.eval's
 * refinements (Hmisc 4.8): fewer than 100 observations → outer knots at the 5th smallest and 5th largest value;
 * at most k + 2 distinct values → the interior distinct values; ≥ 5% of observations tied at the minimum (or
 * maximum), with no interior value that common → a knot at the next distinct value and the other knots placed
 * among the remaining values; and rcspline.eval's fallback when the quantiles coincide.
 * (R warns in the last two cases; no warning is returned here.)
 *
 * Cost: O(n log n) to place knots, O(n·k) for the basis; O(n·k) memory.
 *
 * @param x values, all finite
 * @param options.knots explicit knots (sorted and de-duplicated; at least 3 distinct), else `nk` default knots
 * @param options.nk number of knots when `knots` is not given, default 4, at least 3
 * @throws Error "restrictedCubicSpline requires finite x values"
 * @throws Error "restrictedCubicSpline requires nk to be an integer of at least 3"
 * @throws Error "restrictedCubicSpline requires at least 6 observations to place knots"
 * @throws Error "restrictedCubicSpline requires at least 3 distinct knots"
 * @example
 * const { knots, columns } = restrictedCubicSpline(speed, { nk: 4 }); // cars$speed
 * // knots = [8, 13, 18, 24] (5th smallest, quantiles .35/.65, 5th largest: n = 50 < 100)
 * // columns = [speed, speed'] … as Hmisc::rcspline.eval(cars$speed, nk = 4, inclx = TRUE)
 */
export function restrictedCubicSpline(
  x: ArrayLike<number>,
  options: { knots?: readonly number[]; nk?: number } = {},
): RestrictedCubicSplineBasis {
  const xs = Array.from(x);
  if (xs.some((v) => !Number.isFinite(v))) throw new Error("restrictedCubicSpline requires finite x values");
  let knots: number[];
  if (options.knots !== undefined) {
    knots = options.knots.slice();
  } else {
    const nk = options.nk ?? 4;
    if (!Number.isInteger(nk) || nk < 3) {
      throw new Error("restrictedCubicSpline requires nk to be an integer of at least 3");
    }
    knots = defaultKnots(xs, nk);
  }
  knots = sortedUnique(knots.filter((k) => Number.isFinite(k)));
  const k = knots.length;
  if (k < 3) throw new Error("restrictedCubicSpline requires at least 3 distinct knots");

  const first = knots[0] as number;
  const last = knots[k - 1] as number;
  const penultimate = knots[k - 2] as number;
  const tau = Math.pow(last - first, 2 / 3);
  const cube = (v: number): number => (v > 0 ? v * v * v : 0);
  const columns: number[][] = [xs];
  for (let j = 0; j < k - 2; j++) {
    const tj = knots[j] as number;
    columns.push(
      xs.map(
        (v) =>
          cube((v - tj) / tau) +
          ((penultimate - tj) * cube((v - last) / tau) - (last - tj) * cube((v - penultimate) / tau)) /
            (last - penultimate),
      ),
    );
  }
  return { knots, columns };
}

/**
 * rcspline.eval's tied ends: when no interior value holds 5 % of the data but an end value does, the knot next to
 * that end is fixed at the nearest other value and the data beyond it are set aside (one knot fewer to place).
 */
function tiedEndKnots(x: number[], unique: number[], nk: number) {
  const n = x.length;
  const nxu = unique.length;
  let xx = x.slice();
  let nke = nk;
  const firstKnot: number[] = [];
  const lastKnot: number[] = [];
  // Relative frequency of each distinct value (ascending).
  const counts = new Map<number, number>();
  for (const v of x) counts.set(v, (counts.get(v) ?? 0) + 1);
  const freq = unique.map((v) => (counts.get(v) as number) / n);
  if (maxOf(freq.slice(1, -1)) < FRACTIED) {
    if ((freq[0] as number) >= FRACTIED) {
      const min = minOf(xx);
      const knot = minOf(xx.filter((v) => v > min));
      firstKnot.push(knot);
      xx = xx.filter((v) => v > knot);
      nke--;
    }
    if ((freq[nxu - 1] as number) >= FRACTIED) {
      const max = maxOf(xx);
      const knot = maxOf(xx.filter((v) => v < max));
      lastKnot.push(knot);
      xx = xx.filter((v) => v < knot);
      nke--;
    }
  }
  return { xx, nke, firstKnot, lastKnot };
}

/** rcspline.eval's fallback when the quantiles tie: twice as many quantiles, then first/middle/last. */
function fallbackKnots(xx: number[], nke: number, outer: number, firstKnot: number[], lastKnot: number[]) {
  let knots = quantile7(xx, seqLength(outer, 1 - outer, 2 * nke));
  if (firstKnot.length > 0 && sortedUnique(knots).length < 3) {
    const mid =
      firstKnot.length > 0 && lastKnot.length > 0
        ? ((firstKnot[0] as number) + (lastKnot[0] as number)) / 2
        : median(xx);
    knots = [
      firstKnot[0] as number,
      mid,
      lastKnot.length > 0 ? (lastKnot[0] as number) : (quantile7(xx, [1 - outer])[0] as number),
    ].sort((a, b) => a - b);
  }
  if (sortedUnique(knots).length < 3)
    throw new Error("restrictedCubicSpline requires at least 3 distinct knots");
  return knots;
}

/** Hmisc 4.8 rcspline.eval default knot placement (fractied = 0.05). */
function defaultKnots(x: number[], nk: number): number[] {
  const n = x.length;
  if (n < 6) throw new Error("restrictedCubicSpline requires at least 6 observations to place knots");
  const unique = sortedUnique(x);
  const nxu = unique.length;
  if (nxu - 2 <= nk) return unique.slice(1, -1);

  const outer = outerQuantile(nk);
  const { xx, nke, firstKnot, lastKnot } = tiedEndKnots(x, unique, nk);
  let knots: number[];
  if (nke === 1) {
    knots = [median(xx)];
  } else {
    if (nxu <= nke) {
      knots = unique;
    } else {
      const probs = nke === 2 ? seqLength(0.5, 1 - outer, nke) : seqLength(outer, 1 - outer, nke);
      knots = quantile7(xx, probs);
      if (sortedUnique(knots).length < Math.min(nke, 3))
        knots = fallbackKnots(xx, nke, outer, firstKnot, lastKnot);
    }
    if (xx.length < 100) {
      const sorted = ascending(xx);
      // (R indexes past the end as NA, which the final sort drops.)
      if (firstKnot.length === 0) knots[0] = sorted[4] ?? Number.NaN;
      if (lastKnot.length === 0) knots[nke - 1] = sorted[sorted.length - 5] ?? Number.NaN;
    }
  }
  return [...firstKnot, ...knots, ...lastKnot];
}

// Loops rather than Math.min(...v), which overflows the call stack for long arrays.
function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}
function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** R seq(from, to, length.out = n) for n ≥ 2. */
function seqLength(from: number, to: number, n: number): number[] {
  if (n === 2) return [from, to];
  const by = (to - from) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === 0 ? from : i === n - 1 ? to : from + i * by));
}

/** The values in ascending order (a typed-array sort: several times faster than a comparator on large samples). */
function ascending(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** R quantile(x, probs, type = 7), computed as R does. */
function quantile7(values: readonly number[], probs: readonly number[]): number[] {
  const x = ascending(values);
  const n = x.length;
  return probs.map((p) => {
    const index = 1 + Math.max(n - 1, 0) * Math.max(0, Math.min(1, p));
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const qs = x[lo - 1] as number;
    const xhi = x[hi - 1] as number;
    if (index > lo && xhi !== qs) {
      const h = index - lo;
      return (1 - h) * qs + h * xhi;
    }
    return qs;
  });
}

function median(values: readonly number[]): number {
  const x = ascending(values);
  const m = Math.floor(x.length / 2);
  return x.length % 2 === 1 ? (x[m] as number) : ((x[m - 1] as number) + (x[m] as number)) / 2;
}

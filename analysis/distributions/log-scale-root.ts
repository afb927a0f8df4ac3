/** A point of {@link logScaleRoot}'s search: h(w) and dh/dw at w = ln x. */
export interface LogScalePoint {
  w: number;
  value: number;
  slope: number;
}

const W_MAX = Math.log(Number.MAX_VALUE);
const W_MIN = Math.log(Number.MIN_VALUE);

/**
 * The positive root x = e^w of an increasing function h given in log coordinates w = ln x (internal root finder of
 * fQuantile and tQuantile, which search a tail probability on the log scale).
 *
 * Method: from the starting point, bracket the root [lo, hi] in w by steps 1, 2, 4, … away from the latest probe
 * (upwards while h < 0, downwards otherwise), within the range of positive doubles; then safeguarded Newton
 * iteration in w inside the bracket, falling back to bisection whenever a Newton step leaves it (Press et al.,
 * Numerical Recipes, 3rd ed., §9.4 `rtsafe`). Stops when a Newton step moves w by less than 1e-12 or the bracket
 * is a few ulps wide, returning the last point with a finite value and a positive slope.
 *
 * Cost: O(log|w₀ − w*|) evaluations to bracket, then typically 3–8; at most 300 iterations.
 *
 * @param evaluate h and dh/dw at w (h increasing in w; a non-finite value or slope is not used for Newton steps)
 * @param start `evaluate(w₀)` at the starting point w₀
 * @param caller the public function's name, used in the error message
 * @returns e^w at the root: Infinity when it lies beyond the largest double, 0 when below the smallest positive one
 * @throws Error "<caller> did not converge" after 300 iterations (not observed)
 * @example
 * // the x with ln x = ln 2
 * const h = (w: number) => ({ w, value: w - Math.LN2, slope: 1 });
 * logScaleRoot(h, h(0), "example"); // 2
 */
export function logScaleRoot(
  evaluate: (w: number) => LogScalePoint,
  start: LogScalePoint,
  caller: string,
): number {
  let current = start;
  let lo = -Infinity;
  let hi = Infinity;
  const record = (point: LogScalePoint): void => {
    if (point.value < 0) lo = Math.max(lo, point.w);
    else hi = Math.min(hi, point.w);
  };
  record(current);
  let probe = current;
  for (let step = 1; lo === -Infinity || hi === Infinity; step *= 2) {
    const w = probe.value < 0 ? probe.w + step : probe.w - step;
    if (w >= W_MAX || w <= W_MIN) {
      probe = evaluate(w >= W_MAX ? W_MAX : W_MIN);
      // The root lies beyond the largest (or below the smallest) positive double.
      if (w >= W_MAX && probe.value < 0) return Infinity;
      if (w <= W_MIN && probe.value > 0) return 0;
    } else {
      probe = evaluate(w);
    }
    record(probe);
    if (Number.isFinite(probe.value) && Math.abs(probe.value) < Math.abs(current.value)) current = probe;
  }

  for (let i = 0; i < 300; i++) {
    let next = current.w - current.value / current.slope;
    const newton = next > lo && next < hi;
    if (!newton) next = lo + (hi - lo) / 2;
    const point = evaluate(next);
    if (point.value === 0) return Math.exp(point.w);
    record(point);
    const change = Math.abs(next - current.w);
    if (Number.isFinite(point.value) && Number.isFinite(point.slope) && point.slope > 0) current = point;
    if ((newton && change < 1e-12) || hi - lo <= 4 * Number.EPSILON * Math.max(1, Math.abs(lo))) {
      return Math.exp(current.w);
    }
  }
  throw new Error(`${caller} did not converge`);
}

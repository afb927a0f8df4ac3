import type { CurvePoint } from "./chart-types";

/**
 * Keeps the part of a fitted curve that lies over the shown bands, from the lowest band's lower edge to the
 * highest band's upper edge (unbounded when that band is open), with interpolated end points on the edges, so
 * a curve never extends over hidden (suppressed) bands and reveals nobody's tenure there.
 *
 * Method: sort by x, filter to [lo, hi], add linearly interpolated points at lo and hi when they fall inside the
 * curve's range. Only the kept points are checked for finiteness.
 *
 * Cost: O(P log P) for P curve points.
 *
 * @param caller name of the calling builder, used in the message
 * @throws Error "<caller> requires finite curve points (x, fit, lo, hi)"
 * @example
 * clipCurve(grid, [{ from: 0, to: 2 }, { from: 2, to: 5 }], "harmTrajectoryChart"); // points with 0 ≤ x ≤ 5
 */
export function clipCurve(
  curve: readonly CurvePoint[],
  bands: readonly { from: number; to: number | null }[],
  caller: string,
): CurvePoint[] {
  if (bands.length === 0) return [];
  const lo = Math.min(...bands.map((b) => b.from));
  const hi = bands.some((b) => b.to === null) ? Infinity : Math.max(...bands.map((b) => b.to as number));
  const sorted = [...curve].sort((a, b) => a.x - b.x);
  const at = (x: number): CurvePoint | undefined => {
    const j = sorted.findIndex((p) => p.x > x);
    if (j <= 0) return undefined;
    const a = sorted[j - 1]!;
    const b = sorted[j]!;
    if (a.x === x) return undefined;
    const t = (x - a.x) / (b.x - a.x);
    const mix = (u: number, v: number) => u + t * (v - u);
    return { x, fit: mix(a.fit, b.fit), lo: mix(a.lo, b.lo), hi: mix(a.hi, b.hi) };
  };
  const kept = sorted.filter((p) => p.x >= lo && p.x <= hi);
  const start = at(lo);
  const end = Number.isFinite(hi) ? at(hi) : undefined;
  const out = [...(start ? [start] : []), ...kept, ...(end ? [end] : [])];
  for (const p of out) {
    if (![p.x, p.fit, p.lo, p.hi].every(Number.isFinite)) {
      throw new Error(`${caller} requires finite curve points (x, fit, lo, hi)`);
    }
  }
  return out.map((p) => ({ x: p.x, fit: p.fit, lo: p.lo, hi: p.hi }));
}

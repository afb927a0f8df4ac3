import { tQuantile } from "../distributions/index";
import { type ModerationDesign, supportEffectAt } from "./moderation-design";

/** Grid points over the observed tenure range before the roots are refined. */
const GRID = 400;
/** Bisection steps per root: the bracket shrinks by 2⁻⁶⁰, far below any published digit. */
const BISECTIONS = 60;

/** The floodlight of {@link floodlight}. */
export interface Floodlight {
  /** tenures where the support effect's 95 % CI touches 0, ascending */
  bounds: number[];
  /** the parts of [from, to] where the 95 % CI excludes 0, and the effect's sign there */
  regions: { from: number; to: number; effect: "positive" | "negative" }[];
}

/**
 * Floodlight analysis for a non-linear moderator (Spiller, Fitzsimons, Lynch & McClelland 2013, J. Marketing
 * Research 50, 277–288): the tenures in [from, to] at which the support effect θ(t) of the moderation model
 * ({@link supportEffectAt}) is significant at 5 %, i.e. |θ(t)|/SE(t) > t_{0.975, df}. The criterion is evaluated
 * on a grid of 400 points and each sign change is refined by bisection — R: `uniroot(function(t)
 * abs(theta(t)) / se(t) - qt(0.975, df), bracket, tol = 1e-12)`. Regions narrower than a grid step between
 * two grid points could be missed; the published sentence states the grid.
 *
 * Cost: O((GRID + roots·60) · k²).
 */
export function floodlight(design: ModerationDesign, [from, to]: [number, number]): Floodlight {
  const critical = tQuantile(0.975, design.full.df);
  const excess = (t: number) => {
    const { estimate, se } = supportEffectAt(design, [t])[0]!;
    return Math.abs(estimate) / se - critical;
  };
  const step = (to - from) / (GRID - 1);
  const xs = Array.from({ length: GRID }, (_, i) => (i === GRID - 1 ? to : from + i * step));
  const values = xs.map(excess);
  const bounds: number[] = [];
  for (let i = 1; i < GRID; i++) {
    if (values[i - 1]! > 0 === values[i]! > 0) continue;
    let [lo, hi, fLo] = [xs[i - 1]!, xs[i]!, values[i - 1]!];
    for (let b = 0; b < BISECTIONS && hi - lo > 0; b++) {
      const mid = (lo + hi) / 2;
      const fMid = excess(mid);
      if (fMid > 0 === fLo > 0) [lo, fLo] = [mid, fMid];
      else hi = mid;
    }
    bounds.push((lo + hi) / 2);
  }
  const edges = [from, ...bounds, to];
  const regions: Floodlight["regions"] = [];
  for (let r = 0; r + 1 < edges.length; r++) {
    const middle = (edges[r]! + edges[r + 1]!) / 2;
    if (excess(middle) <= 0) continue;
    const { estimate } = supportEffectAt(design, [middle])[0]!;
    regions.push({ from: edges[r]!, to: edges[r + 1]!, effect: estimate > 0 ? "positive" : "negative" });
  }
  return { bounds, regions };
}

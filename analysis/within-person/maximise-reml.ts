import type { PersonMoments } from "./person-moments";
import { profileAt, profileSums, type RemlPoint } from "./reml-profile";

const LOG_LAMBDA_RANGE: readonly [number, number] = [-14, 9];
const GRID_POINTS = 47;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * The REML estimate of the variance ratio λ = σ²_person/σ²_residual and the GLS fit there: the restricted
 * log-likelihood profiled over β and σ² ({@link remlProfile}) is maximised over log λ, first on a grid of 47
 * points over [e⁻¹⁴, e⁹] (so a second local maximum is not mistaken for the first), then by golden-section search
 * in the grid cell around the best point, to |Δ log λ| < 1e-10. A person variance at the grid's lower end is
 * reported as it is (essentially 0); nlme reports a tiny positive value there too. A bootstrap passes `near`, the
 * full sample's log λ: a 13-point grid over ±3 around it and a looser tolerance (a resample's estimate is not
 * read to 1e-10), about half the evaluations.
 *
 * Cost: O((47 + 80)·(people·p² + p³)).
 *
 * @throws Error "randomInterceptReml requires linearly independent predictors" when no λ gives a fit
 */
export function maximiseReml(
  m: PersonMoments,
  selection: ArrayLike<number> | null = null,
  near?: { logLambda: number; tolerance: number },
): RemlPoint {
  const [lo, hi] = near ? [near.logLambda - 3, near.logLambda + 3] : LOG_LAMBDA_RANGE;
  const points = near ? 13 : GRID_POINTS;
  const tolerance = near?.tolerance ?? 1e-10;
  const step = (hi - lo) / (points - 1);
  // The selection is summed once; each λ then costs O(p³) rather than a pass over the people.
  const sums = profileSums(m, selection);
  const at = (logLambda: number) => profileAt(sums, Math.exp(logLambda));
  let best: { x: number; fit: RemlPoint } | null = null;
  for (let g = 0; g < points; g++) {
    const x = lo + g * step;
    const fit = at(x);
    if (fit && Number.isFinite(fit.logLik) && (!best || fit.logLik > best.fit.logLik)) best = { x, fit };
  }
  if (!best) throw new Error("randomInterceptReml requires linearly independent predictors");
  let a = Math.max(lo, best.x - step);
  let b = Math.min(hi, best.x + step);
  const value = (x: number) => at(x)?.logLik ?? -Infinity;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = value(c);
  let fd = value(d);
  while (b - a > tolerance) {
    if (fc > fd) {
      [b, d, fd] = [d, c, fc];
      c = b - GOLDEN * (b - a);
      fc = value(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + GOLDEN * (b - a);
      fd = value(d);
    }
  }
  const end = at((a + b) / 2);
  return end && end.logLik >= best.fit.logLik ? end : best.fit;
}

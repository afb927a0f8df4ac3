import { tQuantile } from "./distributions/index";
import { interactionTerms } from "./interaction-terms";
import type { OlsFit } from "./ols";

/** Result of {@link johnsonNeyman}. */
export interface JohnsonNeyman {
  /** Moderator values where the focal slope's t equals ±t_crit, ascending (0, 1 or 2 values). */
  bounds: number[];
  /**
   * With two bounds: true if the slope is significant between them, false if significant outside them.
   * With no bounds: true if the slope is significant for every moderator value, false if for none.
   * With one bound (degenerate case): false.
   */
  significantInside: boolean;
  /** Moderator intervals where the slope is significant (±Infinity for unbounded ends). */
  significantRegions: Array<[number, number]>;
  /** Critical value t_{1−α/2, df}. */
  tCritical: number;
  alpha: number;
}

/**
 * Johnson–Neyman interval: the moderator values at which the simple slope of a focal predictor (see
 * {@link simpleSlopes}) changes between significant and not significant at level α, in a linear model with their
 * product term. Same numbers as R `interactions::johnson_neyman(fit, pred = focal, modx = moderator)` for an `lm`
 * fit (without its false-discovery-rate adjustment). Whether the bounds fall within the observed moderator range is
 * for the caller to judge.
 *
 * Method: Johnson & Neyman (1936); Bauer & Curran (2005), Multivariate Behavioral Research 40:373–400. The slope
 * β_f + β_fm·m is significant where (β_f + β_fm·m)² > t²·(V_ff + 2m·V_f,fm + m²·V_fm,fm); the bounds are the real
 * roots of the quadratic (β_fm² − t²V_fm,fm)m² + 2(β_fβ_fm − t²V_f,fm)m + (β_f² − t²V_ff) = 0, solved exactly
 * (cancellation-free form of the quadratic formula).
 *
 * Cost: O(1).
 *
 * @throws Error "johnsonNeyman requires the focal predictor in the fit"
 * @throws Error "johnsonNeyman requires the product term focal:moderator in the fit"
 * @throws Error "johnsonNeyman requires alpha strictly between 0 and 1"
 * @example
 * johnsonNeyman(ols(mpg, { wt, hp, "wt:hp": wtHp }), { focal: "hp", moderator: "wt" });
 * // { bounds: [3.6925, 5.9010], significantInside: false, significantRegions: [[-Infinity, 3.6925], [5.9010, Infinity]], … }
 */
export function johnsonNeyman(
  fit: Pick<OlsFit, "names" | "coefficients" | "vcov" | "df">,
  options: { focal: string; moderator: string; alpha?: number },
): JohnsonNeyman {
  const { focal, moderator } = options;
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new Error("johnsonNeyman requires alpha strictly between 0 and 1");
  const { bf, bi, vff, vfi, vii } = interactionTerms(fit, focal, moderator, "johnsonNeyman");
  const tCritical = tQuantile(1 - alpha / 2, fit.df);
  const t2 = tCritical * tCritical;

  // g(m) = a m² + 2 b m + c > 0  ⇔  slope significant at m.
  const a = bi * bi - t2 * vii;
  const b = bf * bi - t2 * vfi;
  const c = bf * bf - t2 * vff;
  const result = (
    bounds: number[],
    significantInside: boolean,
    regions: Array<[number, number]>,
  ): JohnsonNeyman => ({
    bounds,
    significantInside,
    significantRegions: regions,
    tCritical,
    alpha,
  });

  if (a === 0) {
    // Linear: 2 b m + c > 0.
    if (b === 0) return result([], c > 0, c > 0 ? [[-Infinity, Infinity]] : []);
    const root = -c / (2 * b);
    return result([root], false, b > 0 ? [[root, Infinity]] : [[-Infinity, root]]);
  }
  const disc = b * b - a * c;
  if (disc <= 0) {
    // g keeps the sign of a (touching zero at most once).
    return result([], a > 0, a > 0 ? [[-Infinity, Infinity]] : []);
  }
  // Roots of a m² + 2 b m + c: q = −(b + sign(b)√disc); roots q/a and c/q.
  const q = -(b + (b >= 0 ? 1 : -1) * Math.sqrt(disc));
  const r1 = q / a;
  const r2 = c / q;
  const lo = Math.min(r1, r2);
  const hi = Math.max(r1, r2);
  return a > 0
    ? result([lo, hi], false, [
        [-Infinity, lo],
        [hi, Infinity],
      ])
    : result([lo, hi], true, [[lo, hi]]);
}

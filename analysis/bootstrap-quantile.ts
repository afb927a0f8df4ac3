import { normalQuantile } from "./distributions/index";

/**
 * The α quantile of a bootstrap distribution, read from its sorted replicates the way R's `boot` package
 * does (`boot:::norm.inter`, used by `boot.ci` for percentile and BCa limits), so that intervals computed
 * from the same replicates agree with R to rounding error.
 *
 * Method: Davison & Hinkley (1997), Bootstrap Methods and their Application, eq. 5.8: with R replicates
 * t*(1) ≤ … ≤ t*(R), take the order statistic t*(k) with k = (R + 1)α when that is an integer; otherwise
 * interpolate between t*(k) and t*(k+1), k = ⌊(R + 1)α⌋, linearly on the normal-quantile scale:
 * t*(k) + (Φ⁻¹(α) − Φ⁻¹(k/(R+1))) / (Φ⁻¹((k+1)/(R+1)) − Φ⁻¹(k/(R+1))) · (t*(k+1) − t*(k)).
 * When k = 0 or k = R the extreme replicate is returned (R warns "extreme order statistics used as
 * endpoints"; B should then be increased).
 *
 * Cost: O(1) (the replicates must already be sorted).
 *
 * @param sorted bootstrap replicates in ascending order, all finite
 * @param alpha probability in (0, 1)
 * @throws Error "bootstrapQuantile requires at least one replicate"
 * @throws Error "bootstrapQuantile requires alpha strictly between 0 and 1"
 * @example
 * bootstrapQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5); // 5, the (9 + 1)·0.5 = 5th order statistic
 */
export function bootstrapQuantile(sorted: ArrayLike<number>, alpha: number): number {
  const r = sorted.length;
  if (r === 0) throw new Error("bootstrapQuantile requires at least one replicate");
  if (!(alpha > 0 && alpha < 1)) throw new Error("bootstrapQuantile requires alpha strictly between 0 and 1");
  const rk = (r + 1) * alpha;
  const k = Math.trunc(rk);
  if (k === 0) return sorted[0] as number;
  if (k >= r) return sorted[r - 1] as number;
  const tk = sorted[k - 1] as number;
  if (k === rk) return tk;
  const tk1 = sorted[k] as number;
  const zAlpha = normalQuantile(alpha);
  const zk = normalQuantile(k / (r + 1));
  const zk1 = normalQuantile((k + 1) / (r + 1));
  return tk + ((zAlpha - zk) / (zk1 - zk)) * (tk1 - tk);
}

import { bootstrapQuantile } from "./bootstrap-quantile";
import { normalCdf, normalQuantile } from "./distributions/index";

/** Result of {@link bcaInterval}. */
export interface BcaInterval {
  /** [lower, upper] BCa confidence limits. */
  interval: [number, number];
  /** Bias correction ẑ₀ = Φ⁻¹(#{θ*_b < θ̂} / B). */
  z0: number;
  /** Acceleration â from the jackknife values. */
  acceleration: number;
  /** The adjusted probabilities α₁, α₂ at which the bootstrap distribution is read. */
  adjustedAlpha: [number, number];
}

/**
 * Bias-corrected and accelerated (BCa) bootstrap confidence interval from a given set of bootstrap replicates
 * and jackknife (leave-one-out) estimates — the deterministic part of {@link bootstrapCI}, separately testable.
 *
 * Method: Efron & Tibshirani (1993), An Introduction to the Bootstrap, §14.3: ẑ₀ = Φ⁻¹(#{θ*_b < θ̂}/B) (14.14);
 * â = Σ(θ̄₍.₎ − θ̂₍ᵢ₎)³ / (6 [Σ(θ̄₍.₎ − θ̂₍ᵢ₎)²]^{3/2}) (14.15), θ̄₍.₎ the mean of the jackknife values;
 * α₁,₂ = Φ(ẑ₀ + (ẑ₀ + z_α)/(1 − â(ẑ₀ + z_α))) for z_α = Φ⁻¹((1 ∓ level)/2) (14.10). The limits are the α₁ and α₂
 * quantiles of the replicates read as R `boot:::bca.ci` does (normal-scale interpolation, Davison & Hinkley 1997
 * eq. 5.8; see {@link bootstrapQuantile}), so the result equals `boot:::bca.ci(NULL, conf = level, t0 = estimate,
 * t = replicates, L = jackknife-mean − jackknife)` in R. If all jackknife values are equal, â is taken as 0.
 * Non-finite replicates are dropped first, as R does.
 *
 * Cost: O(B log B + n) time, O(B) memory (B replicates, n jackknife values); inputs are not modified.
 *
 * @param args.replicates bootstrap replicates θ*₁ … θ*_B
 * @param args.estimate the estimate θ̂ on the original data
 * @param args.jackknife leave-one-out (or leave-one-block-out) estimates θ̂₍ᵢ₎, at least 2
 * @param args.level confidence level in (0, 1), default 0.95
 * @throws Error "bcaInterval requires at least one finite replicate"
 * @throws Error "bcaInterval requires level strictly between 0 and 1"
 * @throws Error "bcaInterval requires a finite estimate"
 * @throws Error "bcaInterval requires at least 2 finite jackknife values"
 * @throws Error "bcaInterval requires some but not all bootstrap replicates below the estimate" (ẑ₀ infinite)
 * @example
 * const { interval, z0, acceleration } = bcaInterval({ replicates, estimate: 0.776, jackknife, level: 0.95 });
 */
export function bcaInterval(args: {
  replicates: ArrayLike<number>;
  estimate: number;
  jackknife: ArrayLike<number>;
  level?: number;
}): BcaInterval {
  const { estimate, jackknife } = args;
  const level = args.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error("bcaInterval requires level strictly between 0 and 1");
  if (!Number.isFinite(estimate)) throw new Error("bcaInterval requires a finite estimate");
  const sorted = Float64Array.from(args.replicates).filter(Number.isFinite).sort();
  const b = sorted.length;
  if (b === 0) throw new Error("bcaInterval requires at least one finite replicate");
  const n = jackknife.length;
  if (n < 2) throw new Error("bcaInterval requires at least 2 finite jackknife values");

  let below = 0;
  while (below < b && (sorted[below] as number) < estimate) below++;
  if (below === 0 || below === b) {
    throw new Error("bcaInterval requires some but not all bootstrap replicates below the estimate");
  }
  const z0 = normalQuantile(below / b);

  let mean = 0;
  for (let i = 0; i < n; i++) {
    const v = jackknife[i] as number;
    if (!Number.isFinite(v)) throw new Error("bcaInterval requires at least 2 finite jackknife values");
    mean += v;
  }
  mean /= n;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < n; i++) {
    const d = mean - (jackknife[i] as number);
    s2 += d * d;
    s3 += d * d * d;
  }
  const acceleration = s2 > 0 ? s3 / (6 * Math.pow(s2, 1.5)) : 0;

  const adjust = (alpha: number): number => {
    const z = normalQuantile(alpha);
    return normalCdf(z0 + (z0 + z) / (1 - acceleration * (z0 + z)));
  };
  const alpha1 = adjust((1 - level) / 2);
  const alpha2 = adjust((1 + level) / 2);
  const read = (alpha: number): number =>
    alpha <= 0
      ? (sorted[0] as number)
      : alpha >= 1
        ? (sorted[b - 1] as number)
        : bootstrapQuantile(sorted, alpha);
  return { interval: [read(alpha1), read(alpha2)], z0, acceleration, adjustedAlpha: [alpha1, alpha2] };
}

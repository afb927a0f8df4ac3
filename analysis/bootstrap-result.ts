import { bcaInterval } from "./bca-interval";
import type { BootstrapCIResult } from "./bootstrap-ci";
import type { BootstrapDraws } from "./bootstrap-draws";
import { percentileInterval } from "./percentile-interval";

/** The count, mean and standard deviation (n − 1) of the finite replicates. */
function replicateMoments(replicates: Float64Array): { finite: number; meanRep: number; se: number } {
  let finite = 0;
  let sum = 0;
  for (const v of replicates) {
    if (Number.isFinite(v)) {
      finite++;
      sum += v;
    }
  }
  if (finite === 0) throw new Error("bootstrapCI requires at least one finite bootstrap replicate");
  const meanRep = sum / finite;
  let ss = 0;
  for (const v of replicates) if (Number.isFinite(v)) ss += (v - meanRep) * (v - meanRep);
  return { finite, meanRep, se: finite > 1 ? Math.sqrt(ss / (finite - 1)) : Number.NaN };
}

/**
 * The summary of a set of bootstrap replicates: SE, bias, percentile and/or BCa limits (BCa with the draws'
 * jackknife), as `bootstrapCI` reports them ({@link percentileInterval}, {@link bcaInterval}).
 *
 * Cost: O(B log B) for the limits, plus the jackknife of the draws the first time BCa is asked for.
 *
 * @throws Error "bootstrapCI requires at least one finite bootstrap replicate"; errors of {@link bcaInterval}
 * @example
 * bootstrapResult(draws, draws.next(2000), { level: 0.95, method: "both" }).bca;
 */
export function bootstrapResult(
  draws: BootstrapDraws,
  replicates: Float64Array,
  options: { level: number; method: "percentile" | "bca" | "both" },
): BootstrapCIResult {
  const { level, method } = options;
  const { estimate, seed } = draws;
  const { finite, meanRep, se } = replicateMoments(replicates);
  const B = replicates.length;
  const result: BootstrapCIResult = {
    ...{ estimate, se, bias: meanRep - estimate, B, nonFinite: B - finite, seed, level, replicates },
  };
  if (method === "percentile" || method === "both") result.percentile = percentileInterval(replicates, level);
  if (method === "bca" || method === "both") {
    const bca = bcaInterval({ replicates, estimate, jackknife: draws.jackknife(), level });
    result.bca = bca.interval;
    result.z0 = bca.z0;
    result.acceleration = bca.acceleration;
  }
  return result;
}

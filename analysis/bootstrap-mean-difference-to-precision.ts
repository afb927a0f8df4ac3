import { meanDifferenceDraws } from "./mean-difference-draws";
import {
  type BootstrapPrecisionResult,
  type PrecisionOptions,
  resampleToPrecision,
} from "./resample-to-precision";

/**
 * `bootstrapMeanDifference` (the fast bootstrap of mean(a) − mean(b)) with B chosen so that the Monte Carlo error
 * of every published bound is below half a unit of its last published digit ({@link resampleToPrecision}). The
 * result at the final B equals `bootstrapMeanDifference(a, b, { seed, B })` with that B.
 *
 * Cost: that of `bootstrapMeanDifference` at the final B, plus O(B log B) per doubling.
 *
 * @throws errors of `bootstrapMeanDifference` and of {@link resampleToPrecision}
 * @example
 * const ci = bootstrapMeanDifferenceToPrecision(high, low, { seed: 1, digits: 1 });
 * [ci.B, ci.precision.maxMcse]; // e.g. [32000, 0.042]
 */
export function bootstrapMeanDifferenceToPrecision(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PrecisionOptions & { seed: number },
): BootstrapPrecisionResult {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new Error("bootstrapMeanDifference requires level strictly between 0 and 1");
  return resampleToPrecision(meanDifferenceDraws(a, b, options.seed), options);
}

import type { BootstrapCIArgs } from "./bootstrap-ci";
import { bootstrapDraws } from "./bootstrap-draws";
import type { BootstrapSample } from "./bootstrap-strata";
import {
  type BootstrapPrecisionResult,
  type PrecisionOptions,
  resampleToPrecision,
} from "./resample-to-precision";

/** Arguments of {@link bootstrapToPrecision}: those of `bootstrapCI` (B is where to start) and the digits shown. */
export type BootstrapToPrecisionArgs<S extends readonly BootstrapSample[]> = Omit<
  BootstrapCIArgs<S>,
  "method"
> &
  PrecisionOptions;

/**
 * `bootstrapCI`, with B chosen so that the Monte Carlo error of every published bound is below half a unit of its
 * last published digit ({@link resampleToPrecision}: start at B, double while not precise, up to maxB; then fewer
 * digits). The result at the final B equals `bootstrapCI` with that B and seed. Use this for any bootstrap interval
 * that is published.
 *
 * Cost: that of `bootstrapCI` at the final B, plus O(B log B) per doubling.
 *
 * @throws errors of `bootstrapCI` and of {@link resampleToPrecision}
 * @example
 * const ci = bootstrapToPrecision({ samples: [items], statistic: htmt, seed: 1, digits: 2 });
 * formatInterval(ci.bca!, ci.precision.digits); // the interval to the digit its Monte Carlo error allows
 * ci.B; ci.mcse.bca; // the resamples used and each bound's MCSE, for the methods text
 */
export function bootstrapToPrecision<const S extends readonly BootstrapSample[]>(
  args: BootstrapToPrecisionArgs<S>,
): BootstrapPrecisionResult {
  const level = args.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error("bootstrapCI requires level strictly between 0 and 1");
  return resampleToPrecision(bootstrapDraws(args), { ...args, level });
}

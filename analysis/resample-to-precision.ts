import { bootstrapBoundMcse, type BootstrapBoundMcse } from "./bootstrap-bound-mcse";
import type { BootstrapCIResult } from "./bootstrap-ci";
import type { BootstrapDraws } from "./bootstrap-draws";
import { bootstrapResult } from "./bootstrap-result";
import { formatNumber } from "./charts/format-number";
import { lastDigitUnit } from "./charts/last-digit-unit";

/** The default cap on resamples: 2,000 doubled five times. */
export const BOOTSTRAP_MAX_B = 64_000;

/** How precise a published bootstrap interval is, and what it took (see {@link resampleToPrecision}). */
export interface BootstrapPrecision {
  /** the interval the rule governs (the one that is published) */
  interval: "bca" | "percentile";
  /** decimals asked for, and decimals to publish (fewer when even `maxB` resamples cannot hold the digit) */
  requestedDigits: number;
  digits: number;
  /** half a unit of the last published digit: every bound's MCSE must be below it */
  halfUnit: number;
  /** the larger Monte Carlo standard error of the published interval's two bounds */
  maxMcse: number;
  /** maxMcse < halfUnit at `digits` */
  reached: boolean;
  initialB: number;
  maxB: number;
}

/** A bootstrap result at the B the precision rule chose, with the MCSE of every bound. */
export interface BootstrapPrecisionResult extends BootstrapCIResult {
  mcse: BootstrapBoundMcse;
  precision: BootstrapPrecision;
}

/** Options of {@link resampleToPrecision}. */
export interface PrecisionOptions {
  /** decimals the bounds are published with, by `formatNumber` (an integer ≥ 0) */
  digits: number;
  /** resamples to start with (default 2000) */
  B?: number;
  /** the cap (default {@link BOOTSTRAP_MAX_B}); set it to B for a fixed B */
  maxB?: number;
  level?: number;
  /** which interval is published (default "bca") */
  interval?: "bca" | "percentile";
}

/** Half a unit of the last digit `formatNumber` prints for each bound (the smaller, should they differ). */
const halfUnitAt = (bounds: readonly number[], digits: number) =>
  Math.min(...bounds.map((x) => 0.5 * lastDigitUnit(formatNumber(x, digits))));

function summarise(
  draws: BootstrapDraws,
  replicates: Float64Array,
  level: number,
  interval: "bca" | "percentile",
) {
  const result = bootstrapResult(draws, replicates, {
    level,
    method: interval === "bca" ? "both" : "percentile",
  });
  const mcse = bootstrapBoundMcse({
    replicates,
    level,
    ...(interval === "bca" ? { estimate: result.estimate, acceleration: result.acceleration } : {}),
  });
  const bounds = (interval === "bca" ? result.bca : result.percentile) as [number, number];
  const published = (interval === "bca" ? mcse.bca : mcse.percentile) as [number, number];
  return { result, mcse, bounds, maxMcse: Math.max(...published) };
}

/**
 * Chooses B so that the Monte Carlo standard error of every bound of the published interval is below half a unit
 * of its last published digit. Starts at B; while a bound's MCSE ({@link bootstrapBoundMcse}) is at or above half
 * a unit of the last digit that {@link formatNumber}(bound, digits) prints ({@link lastDigitUnit}), doubles B by
 * drawing as many again from the same stream (earlier replicates are kept, so the result at the final B is exactly
 * the fixed-B run at that B and seed), up to maxB. If the cap is reached first, the interval is published with one
 * digit fewer, and again, down to 0 decimals; `precision.reached` says whether the last digit then holds.
 *
 * Method: the stopping rule follows Efron & Tibshirani (1993), ch. 19 (choose B so the Monte Carlo error is small
 * beside what is reported), made concrete as "below half a unit of the printed digit", so that another seed would
 * print the same digit most of the time (a bound within ±½ unit of the full-bootstrap value rounds to it or a
 * neighbour). Doubling stops at most log₂(maxB/B) times.
 *
 * Cost: O(B_final · cost of one replicate) for the draws (no replicate is drawn twice), plus O(B log B) per round.
 *
 * @throws Error "resampleToPrecision requires digits to be an integer of at least 0"
 * @throws Error "resampleToPrecision requires maxB to be an integer of at least B"
 * @throws errors of the draws and of {@link bootstrapBoundMcse} / the interval functions
 * @example
 * resampleToPrecision(meanDifferenceDraws(high, low, 1), { digits: 1 }).precision; // { digits: 1, reached: true, … }
 */
export function resampleToPrecision(
  draws: BootstrapDraws,
  options: PrecisionOptions,
): BootstrapPrecisionResult {
  const { digits: requestedDigits, B: initialB = 2000, maxB = BOOTSTRAP_MAX_B, level = 0.95 } = options;
  const interval = options.interval ?? "bca";
  if (!Number.isInteger(requestedDigits) || requestedDigits < 0)
    throw new Error("resampleToPrecision requires digits to be an integer of at least 0");
  if (!Number.isInteger(initialB) || initialB < 2)
    throw new Error("resampleToPrecision requires B to be an integer of at least 2");
  if (!Number.isInteger(maxB) || maxB < initialB)
    throw new Error("resampleToPrecision requires maxB to be an integer of at least B");
  let replicates = draws.next(initialB);
  let round = summarise(draws, replicates, level, interval);
  while (round.maxMcse >= halfUnitAt(round.bounds, requestedDigits) && replicates.length < maxB) {
    const more = draws.next(Math.min(replicates.length, maxB - replicates.length));
    const pooled = new Float64Array(replicates.length + more.length);
    pooled.set(replicates);
    pooled.set(more, replicates.length);
    replicates = pooled;
    round = summarise(draws, replicates, level, interval);
  }
  let digits = requestedDigits;
  while (digits > 0 && round.maxMcse >= halfUnitAt(round.bounds, digits)) digits--;
  const halfUnit = halfUnitAt(round.bounds, digits);
  return {
    ...round.result,
    mcse: round.mcse,
    precision: {
      ...{ interval, requestedDigits, digits, halfUnit, maxMcse: round.maxMcse },
      ...{ reached: round.maxMcse < halfUnit, initialB, maxB },
    },
  };
}

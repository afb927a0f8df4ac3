import type { LinkageRecord, VerificationFailure } from "./types";

export const YEARS_DOWN_TOLERANCE = 0.5;
export const YEARS_UP_TOLERANCE = 1;

export interface VerificationRule {
  monthsBetween: number;
  yearsDownTolerance: number;
  yearsUpTolerance: number;
}

/**
 * Checks a candidate link against answers that cannot change the way the pair would need: the region, when both
 * waves have one, must be the same; years in support, when both waves have it, may not fall by more than
 * yearsDownTolerance (default half a year, one step of the instrument's half-year grid, for a rough figure given
 * lower) and may not grow by more than the time between waves plus yearsUpTolerance (default one year: each answer
 * may be rounded by up to half a year). It may grow by less, down to no growth at all: someone who left support
 * stops adding years.
 *
 * @returns null when the link passes, else the first reason it fails
 */
export function verifyLink(
  earlier: LinkageRecord,
  later: LinkageRecord,
  rule: VerificationRule,
): VerificationFailure | null {
  if (earlier.region != null && later.region != null && earlier.region !== later.region)
    return "region differs";
  if (earlier.yearsInSupport == null || later.yearsInSupport == null) return null;
  const growth = later.yearsInSupport - earlier.yearsInSupport;
  if (growth < -rule.yearsDownTolerance) return "years in support went down";
  if (growth > rule.monthsBetween / 12 + rule.yearsUpTolerance) return "years in support grew too much";
  return null;
}

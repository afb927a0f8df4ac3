import { formatNumber } from "../charts/format-number";

/**
 * A p-value as journals print it: "< .001", else three decimals without the leading zero.
 *
 * Cost: O(1).
 *
 * @example
 * formatP(0.0123); // ".012"; formatP(1e-9) → "< .001"
 */
export function formatP(p: number): string {
  return p < 0.001 ? "< .001" : `= ${p.toFixed(3).replace(/^0/, "")}`;
}

/**
 * A confidence interval as "a to b" (never "a–b", which misreads with negative limits).
 *
 * Cost: O(1).
 *
 * @example
 * formatInterval([-1.234, 2.5], 1); // "−1.2 to 2.5"
 */
export function formatInterval([lo, hi]: readonly [number, number], digits = 1): string {
  return `${formatNumber(lo, digits)} to ${formatNumber(hi, digits)}`;
}

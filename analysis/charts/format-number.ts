/**
 * Formats a number for chart text with a fixed number of decimals and a true minus sign (U+2212), e.g.
 * `formatNumber(-0.4213, 2)` → "−0.42". Negative zero after rounding is written "0.00".
 *
 * Cost: O(1).
 *
 * @throws Error "formatNumber requires a finite number"
 * @example
 * formatNumber(41.25, 1); // "41.3" (toFixed rounding)
 */
export function formatNumber(x: number, digits = 1): string {
  if (!Number.isFinite(x)) throw new Error("formatNumber requires a finite number");
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s.replace("-", "\u2212");
}

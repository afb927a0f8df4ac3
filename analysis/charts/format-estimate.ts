import { formatNumber } from "./format-number";

/**
 * Formats an estimate with its confidence interval the way every chart writes it, "41.3 [37.0, 45.6]", or in
 * words for alt text and screen readers, "41.3 (95% CI 37.0 to 45.6)"; true minus signs, fixed decimals.
 *
 * Cost: O(1).
 *
 * @throws Error of {@link formatNumber} for non-finite numbers
 * @example
 * formatEstimate(-0.42, [-0.61, -0.23], 2); // "−0.42 [−0.61, −0.23]"
 * formatEstimate(41.25, [37, 45.6], 1, "words"); // "41.3 (95% CI 37.0 to 45.6)"
 */
export function formatEstimate(
  estimate: number,
  ci95: readonly [number, number],
  digits = 1,
  style: "brackets" | "words" = "brackets",
): string {
  const [e, lo, hi] = [estimate, ci95[0], ci95[1]].map((v) => formatNumber(v, digits));
  return style === "words" ? `${e} (95% CI ${lo} to ${hi})` : `${e} [${lo}, ${hi}]`;
}

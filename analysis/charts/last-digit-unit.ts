/**
 * The value of one unit in the last digit of a formatted number: "−20.8" → 0.1, "0.042" → 0.001, "12" → 1. Reading
 * it from the published text (rather than from a separate "digits" setting) ties a precision rule to whatever the
 * formatter actually printed, so the two cannot drift apart.
 *
 * Cost: O(length of the text).
 *
 * @throws Error "lastDigitUnit requires a formatted number such as 12.3"
 * @example
 * lastDigitUnit(formatNumber(-20.84, 1)); // 0.1
 */
export function lastDigitUnit(formatted: string): number {
  const match = /^[−-]?\d+(?:\.(\d+))?$/.exec(formatted.trim());
  if (!match) throw new Error("lastDigitUnit requires a formatted number such as 12.3");
  return Math.pow(10, -(match[1]?.length ?? 0));
}

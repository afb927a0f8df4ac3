/**
 * A number as a reader sees it in a finding's tables and effect boxes: grouped in English, with a true minus
 * sign (U+2212, as the charts write it) and never a negative zero. Downloads keep plain ASCII numbers.
 */
export function displayNumber(value: number, digits: { min: number; max: number }): string {
  const text = value.toLocaleString("en", {
    minimumFractionDigits: digits.min,
    maximumFractionDigits: digits.max,
  });
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, "\u2212");
}

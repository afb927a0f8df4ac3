/** One band of a numeric answer, e.g. "2.5–5 years": values v with previous bound < v ≤ upper bound. */
export interface AnswerBand {
  /** display label, e.g. "0–2 years", "2.5–5 years", "more than 20 years" */
  label: string;
  /** smallest answer the band can hold (inclusive) */
  from: number;
  /** largest answer the band can hold (inclusive); null for the open top band */
  to: number | null;
}

const format = (value: number): string => String(Number(value.toFixed(6)));

/**
 * The bands of a numeric answer from the upper bounds its quasi-identifier declares ("bands up to 2 / 5 / 10 /
 * 20 / 50"): a value belongs to the first band whose bound it does not exceed. Labels show the answers a band can
 * hold given the item's step (bounds 2, 5 with step 0.5 → "0–2 years", "2.5–5 years"); a last bound at or above
 * the item's maximum becomes an open band ("more than 20 years"), and values above the last bound get one.
 *
 * Cost: O(b) for b bounds.
 *
 * @param bounds ascending upper bounds, e.g. [2, 5, 10, 20, 50]
 * @param item the numeric item's min, max, step and unit (e.g. "years")
 * @throws Error "valueBands requires ascending bounds within the item's range"
 * @example
 * valueBands([2, 5, 50], { min: 0, max: 50, step: 0.5, unit: "years" });
 * // [{ label: "0–2 years", from: 0, to: 2 }, { label: "2.5–5 years", from: 2.5, to: 5 },
 * //  { label: "more than 5 years", from: 5.5, to: null }]
 */
export function valueBands(
  bounds: readonly number[],
  item: { min: number; max: number; step: number; unit?: string },
): AnswerBand[] {
  const ascending = bounds.every((b, i) => Number.isFinite(b) && (i === 0 || b > bounds[i - 1]!));
  if (bounds.length === 0 || !ascending || bounds[0]! < item.min) {
    throw new Error("valueBands requires ascending bounds within the item's range");
  }
  const unit = item.unit ? ` ${item.unit}` : "";
  const bands: AnswerBand[] = [];
  let from = item.min;
  for (const [i, bound] of bounds.entries()) {
    const previous = i === 0 ? null : bounds[i - 1]!;
    if (bound >= item.max && previous !== null) {
      bands.push({ label: `more than ${format(previous)}${unit}`, from, to: null });
      return bands;
    }
    bands.push({ label: `${format(from)}–${format(bound)}${unit}`, from, to: bound });
    from = bound + item.step;
  }
  bands.push({ label: `more than ${format(bounds[bounds.length - 1]!)}${unit}`, from, to: null });
  return bands;
}

/**
 * Index of the band holding a value (bands as returned by {@link valueBands}), or −1 for a missing value.
 *
 * Cost: O(b).
 *
 * @example
 * bandIndex(bands, 2.5); // 1 for the bands of the valueBands example
 */
export function bandIndex(bands: readonly AnswerBand[], value: number): number {
  if (!Number.isFinite(value)) return -1;
  for (let b = 0; b < bands.length; b++) {
    const to = bands[b]!.to;
    if (to === null || value <= to) return b;
  }
  return bands.length - 1;
}

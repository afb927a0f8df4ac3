import type { NumericItem } from "../../instrument/items";
import type { ValueBand } from "./coarsening-types";

const format = (value: number): string => String(Number(value.toFixed(6)));

/** A band's label from the answers it can hold, e.g. "0–2 years", "2.5–5 years", "more than 20 years". */
function bandLabel(item: NumericItem, lower: number | null, upper: number | null): string {
  const unit = item.unit ? ` ${item.unit.en}` : "";
  const from = lower === null ? item.min : lower + item.step;
  if (upper === null || upper >= item.max)
    return lower === null
      ? `${format(item.min)}–${format(item.max)}${unit}`
      : `more than ${format(lower)}${unit}`;
  return `${format(from)}–${format(upper)}${unit}`;
}

/**
 * The bands of a numeric quasi-identifier, from the upper bounds its definition declares
 * (`quasiIdentifier.bands`, e.g. [2, 5, 10, 20, 50]): a value belongs to the first band whose
 * bound it does not exceed (lower < value ≤ upper); a bound at or above the item's maximum closes
 * the list, and values above the last bound get an open top band. `groups` merges neighbouring
 * bands (indices into the base list), as coarsening does when the base bands are still too fine.
 * Codes are 1, 2, … in order.
 *
 * @throws Error when the item declares no bands, or a group is empty or not contiguous
 * @example
 * numericBands({ ...item, min: 0, max: 50, step: 0.5, unit: { en: "years" } }, [2, 5, 50])
 * // [{ code: 1, label: "0–2 years", lower: null, upper: 2 }, { code: 2, label: "2.5–5 years", … },
 * //  { code: 3, label: "more than 5 years", lower: 5, upper: null }]
 */
export function numericBands(item: NumericItem, groups?: readonly (readonly number[])[]): ValueBand[] {
  const bounds = item.quasiIdentifier?.bands;
  if (!bounds) throw new Error(`numericBands: "${item.id}" declares no bands`);
  const base: { lower: number | null; upper: number | null }[] = [];
  let lower: number | null = null;
  for (const bound of [...bounds].sort((a, b) => a - b)) {
    if (lower !== null && bound <= lower) continue;
    if (bound >= item.max && lower !== null) {
      base.push({ lower, upper: null });
      lower = null;
      break;
    }
    base.push({ lower, upper: bound });
    lower = bound;
  }
  if (lower !== null && lower < item.max) base.push({ lower, upper: null });
  const partition = groups ?? base.map((_, index) => [index]);
  return partition.map((group, index) => {
    const first = base[group[0] ?? -1];
    const last = base[group[group.length - 1] ?? -1];
    const contiguous = group.every(
      (band, position) => position === 0 || band === (group[position - 1] ?? 0) + 1,
    );
    if (!first || !last || !contiguous)
      throw new Error(`numericBands: band group ${index + 1} of "${item.id}" is invalid`);
    return {
      code: index + 1,
      label: bandLabel(item, first.lower, last.upper),
      lower: first.lower,
      upper: last.upper,
    };
  });
}

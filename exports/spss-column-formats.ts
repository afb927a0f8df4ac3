import { spssComment } from "../instrument/encode/spss-text";
import type { ExportColumn } from "./export-columns";

// How load.sps reads and types each column: its input format, its measurement level, and its MISSING VALUES.

/** Strings up to 32767 bytes. */
const MAX_STRING_BYTES = 32767;

/** Input format: numbers without implied decimals (a value's own decimal point counts), strings wide enough in bytes. */
export function inputFormat(column: ExportColumn): string {
  switch (column.type) {
    case "string":
      return `A${Math.min(MAX_STRING_BYTES, Math.max(32, (column.maxLength ?? 255) * 4))}`;
    case "date":
      return "SDATE10";
    case "boolean":
      return "F1.0";
    case "integer":
      return "F12.0";
    case "number":
      return "F32.0";
  }
}

export function level(column: ExportColumn): "NOMINAL" | "ORDINAL" | "SCALE" {
  if (column.type === "string" || column.type === "boolean") return "NOMINAL";
  if (column.valueLabels) return column.ordered ? "ORDINAL" : "NOMINAL";
  return "SCALE";
}

/** The highest value a column holds that is not missing, or -Infinity when none is known to be below the codes. */
function highestValid(column: ExportColumn, missing: readonly number[]): number {
  const codes = (column.valueLabels ?? [])
    .map((entry) => entry.code)
    .filter((code) => !missing.includes(code));
  return Math.max(-Infinity, ...codes, ...(column.range ? [column.range.max] : []));
}

/**
 * MISSING VALUES for a column: its "don't know"-style codes and its missing-data codes (missingCodes), which
 * SPSS then reads as user-missing. SPSS allows three values, a range, or a range and one value: when every
 * missing code lies above every valid value (the usual case: 98, 99 above 1–5, then 997–999) it is one range
 * up to HI; otherwise the missing-data codes' range and one "don't know" code, with a comment on any left over.
 */
export function missingValues(name: string, column: ExportColumn): string[] {
  const reasons = column.reasonCodes.map((entry) => entry.code);
  const all = [...new Set([...column.missingCodes, ...reasons])].sort((a, b) => a - b);
  if (all.length === 0) return [];
  const low = all[0]!;
  if (highestValid(column, all) < low) return [`MISSING VALUES ${name} (${low} THRU HI).`];
  if (all.length <= 3) return [`MISSING VALUES ${name} (${all.join(", ")}).`];
  const [first, ...rest] = [...column.missingCodes].sort((a, b) => a - b);
  const declared = `MISSING VALUES ${name} (${Math.min(...reasons)} THRU HI${first === undefined ? "" : `, ${first}`}).`;
  return rest.length === 0
    ? [declared]
    : [
        declared,
        spssComment(
          `${name}: ${rest.length === 1 ? "code" : "codes"} ${rest.join(", ")} also count as missing for scoring (SPSS declares one value beside a range)`,
        ),
      ];
}

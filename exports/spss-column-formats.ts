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

/** MISSING VALUES allows three values, or a range: codes that are answers but missing for scoring. */
export function missingValues(name: string, column: ExportColumn): string | null {
  const codes = [...column.missingCodes].sort((a, b) => a - b);
  if (codes.length === 0) return null;
  if (codes.length <= 3) return `MISSING VALUES ${name} (${codes.join(", ")}).`;
  const [low, high] = [codes[0]!, codes[codes.length - 1]!];
  const inside = (column.valueLabels ?? []).some(
    (entry) => entry.code > low && entry.code < high && !codes.includes(entry.code),
  );
  return inside
    ? spssComment(
        `${name}: codes ${codes.join(", ")} count as missing for scoring (too many for MISSING VALUES)`,
      )
    : `MISSING VALUES ${name} (${low} THRU ${high}).`;
}

import type { AnswerValue } from "../../instrument/answers";
import type { QuasiIdentifierRecode, ValueBand } from "./coarsening-types";

/** The band a number falls in (lower < value ≤ upper), or null when none holds it. */
export function bandOf(bands: readonly ValueBand[], value: number): ValueBand | null {
  return (
    bands.find(
      (band) => (band.lower === null || value > band.lower) && (band.upper === null || value <= band.upper),
    ) ?? null
  );
}

/**
 * A single-valued answer as exported: the code, number or text itself, or its coarsened form
 * (band code, merged code, or nothing when suppressed). Multiple choice is handled per option
 * by the caller. Unseen and unanswered questions give null.
 */
export function recodeValue(
  value: AnswerValue | undefined,
  recode: QuasiIdentifierRecode | null,
): string | number | null {
  if (value === null || value === undefined || Array.isArray(value)) return null;
  if (!recode) return value;
  if (recode.kind === "suppress" || typeof value !== "number") return null;
  if (recode.kind === "bands") return bandOf(recode.bands, value)?.code ?? null;
  return recode.merged.includes(value) ? recode.otherCode : value;
}

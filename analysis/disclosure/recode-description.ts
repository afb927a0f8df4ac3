import type { AnswerField } from "../../instrument/traversal";
import type { QuasiIdentifierRecode } from "./coarsening-types";

/** What a coarsening does to one quasi-identifier, in words, for the k-anonymity report. */
export function recodeDescription(recode: QuasiIdentifierRecode, field: AnswerField): string {
  if (recode.kind === "suppress") return "left out of the export (every value empty)";
  if (recode.kind === "bands" && recode.bands.length === 1)
    return `only whether it was answered is kept: ${field.id}_band is 1 (${recode.bands[0]?.label}) or empty`;
  if (recode.kind === "bands")
    return `exact answers replaced by ${recode.bands.length} bands in ${field.id}_band: ${recode.bands.map((band) => band.label).join(", ")}`;
  const labels = recode.merged.map(
    (code) => field.options?.find((option) => option.code === code)?.label.en ?? code,
  );
  return `${labels.map((label) => `"${label}"`).join(", ")} merged into code ${recode.otherCode} ("Other (merged for anonymity)")`;
}

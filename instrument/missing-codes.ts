import type { DataColumnSource } from "./columns/column-types";
import type { InstrumentDefinition } from "./definition-schema";
import { answerFields } from "./traversal";
import { variableScoreRange } from "./variable-range";

/**
 * Why a cell of the data set holds no answer or score. "Don't know" and "Prefer not to say" are not among them:
 * those are answers, exported with their own codes (options marked `missingForScoring` in the definition).
 */
export type MissingReason = "not-shown" | "skipped" | "not-computable";

/** The code each reason is written as in the exported CSV, and its label in every file that describes it. */
export type MissingCode = { reason: MissingReason; code: number; label: string };

/** How the reasons read in value labels, the labelled CSV and the codebook. */
export const MISSING_REASON_LABELS: Record<MissingReason, string> = {
  "not-shown": "Not shown (routed past by branching)",
  skipped: "Shown, not answered",
  "not-computable": "No score (too few items answered)",
};

/** Stata's extended missing value for each reason; "don't know"-style codes take .d, .e, … (stataMissingLetters). */
export const STATA_MISSING_LETTER: Record<MissingReason, string> = {
  "not-shown": ".a",
  "not-computable": ".b",
  skipped: ".c",
};

/** The smallest family tried: 997, 998, 999. Codes 990–996 stay free for the codes a coarsening adds (990, …). */
const SMALLEST_POWER = 3;

/** The highest code or value any variable of the definition can hold: option codes, numeric maxima, score maxima. */
function highestValue(definition: InstrumentDefinition): number {
  const fields = answerFields(definition);
  const values = fields.flatMap((field) => [
    ...(field.options ?? []).map((option) => option.code),
    ...(field.item.type === "numeric" ? [field.item.max] : []),
  ]);
  const scores = [...definition.scales, ...definition.derived].flatMap(
    (score) => variableScoreRange(definition, score.id)?.[1] ?? [],
  );
  return Math.max(0, ...values, ...scores);
}

/**
 * The missing-data codes of a definition's exports: 10^m − 3 for "not shown", 10^m − 2 for "no score" and
 * 10^m − 1 for "skipped", with m ≥ 3 the smallest power that puts all three above every option code, every
 * numeric item's maximum and every score's possible maximum (997, 998, 999 for most instruments; 9997, … when
 * a variable can reach 997). Above every value rather than below, so that in each coded column the
 * "don't know"-style codes (98, 99) and these form one range that SPSS can declare as missing (98 THRU HI).
 *
 * Cost: O(options + scales × items).
 *
 * @example
 * missingCodes(definition) // [{ reason: "not-shown", code: 997, … }, { reason: "not-computable", code: 998, … }, …]
 */
export function missingCodes(definition: InstrumentDefinition): MissingCode[] {
  const highest = highestValue(definition);
  let power = SMALLEST_POWER;
  while (10 ** power - 3 <= highest) power += 1;
  const base = 10 ** power;
  return (["not-shown", "not-computable", "skipped"] as const).map((reason, index) => ({
    reason,
    code: base - 3 + index,
    label: MISSING_REASON_LABELS[reason],
  }));
}

/** The codes as a lookup by reason. */
export function missingCodeOf(codes: readonly MissingCode[]): Record<MissingReason, number> {
  const byReason = Object.fromEntries(codes.map((entry) => [entry.reason, entry.code]));
  return byReason as Record<MissingReason, number>;
}

/**
 * Stata's extended missing value for every "don't know"-style code of the definition: the distinct codes in
 * ascending order take .d, .e, … (so 98 is .d and 99 is .e in every variable that has them).
 */
export function stataMissingLetters(definition: InstrumentDefinition): Map<number, string> {
  const codes = new Set(
    answerFields(definition).flatMap((field) =>
      (field.options ?? []).filter((option) => option.missingForScoring).map((option) => option.code),
    ),
  );
  const letters = "defghijklmnopqrstuvwxyz";
  return new Map(
    [...codes]
      .sort((a, b) => a - b)
      .slice(0, letters.length)
      .map((code, index) => [code, `.${letters[index]}`]),
  );
}

/**
 * The reasons a column of the data set can be missing for, each written as its code: "not shown" and
 * "skipped" for an answer or an option column, "not shown" and "no score" for a score; none for the response's
 * metadata and for free text, which stays empty whatever the reason.
 */
export function columnMissingReasons(source: DataColumnSource): MissingReason[] {
  switch (source.kind) {
    case "meta":
      return [];
    case "answer":
      return source.field.item.type === "text" ? [] : ["not-shown", "skipped"];
    case "option":
      return ["not-shown", "skipped"];
    default:
      return ["not-shown", "not-computable"];
  }
}

/** Decimals of every exported score (scale scores, derived variables): see docs/decisions/034. */
export const SCORE_DECIMALS = 2;

/**
 * A score rounded half away from zero to SCORE_DECIMALS decimals, written without binary noise
 * (45.833333333333336 → 45.83, 2.675 → 2.68) and never as −0.
 */
export function roundScore(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  // The 1e-9 absorbs the binary error of values like 2.675 (2.67499999…), far below a hundredth.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : Number(rounded.toFixed(SCORE_DECIMALS));
}

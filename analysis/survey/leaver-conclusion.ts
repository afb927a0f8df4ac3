import { formatNumber } from "../charts/format-number";
import { formatInterval, formatP } from "./format-statistics";
import type { LeaverOutcome } from "./results-types";

type Concluded = Pick<LeaverOutcome, "conclusion" | "verdict" | "statement">;

/** "±10 points", "±12.5 points": the bound as every verdict names it. */
export const boundText = (bound: number): string =>
  `±${Number.isInteger(bound) ? String(bound) : formatNumber(bound, 1)} points`;

const years = (n: number) => `${formatNumber(n, Number.isInteger(n) ? 0 : 1)} year${n === 1 ? "" : "s"}`;

/**
 * The verdict as published, always naming the bound (a bare "equivalent" or "different" is never printed).
 *
 * @example
 * verdictText("equivalent", 10); // "equivalent within ±10 points"
 */
export function verdictText(conclusion: LeaverOutcome["conclusion"], bound: number): string {
  const b = boundText(bound);
  switch (conclusion) {
    case "equivalent":
      return `equivalent within ${b}`;
    case "different":
      return `different (95 % CI excludes 0; not shown to lie within ${b})`;
    case "inconclusive":
      return `inconclusive at ${b}`;
    case "not estimated":
      return `not estimated (bound ${b})`;
  }
}

/**
 * The verdict on one leaver outcome, from the corrected p-values of the plan's contrast (predicted outcome among
 * people who left `toYears` ago minus among people who left `fromYears` ago): "equivalent" when the TOST shows
 * it lies within ±bound (a non-zero difference inside the bound is still equivalent, and the sentence says so),
 * else "different" when its 95 % CI excludes 0, else "inconclusive" — a non-significant difference is never read
 * as equivalence. The sentence compares people (cross-sectional), names the bound and gives the numbers.
 *
 * Cost: O(1).
 *
 * @example
 * leaverConclusion(outcome).verdict; // "inconclusive at ±10 points"
 */
export function leaverConclusion(
  outcome: Pick<LeaverOutcome, "outcome" | "model" | "equivalence" | "note" | "bound">,
): Concluded {
  const { model, equivalence, bound } = outcome;
  const label =
    outcome.outcome.kind === "item" ? `the answer to “${outcome.outcome.label}”` : outcome.outcome.label;
  if (!model || !equivalence) {
    return {
      conclusion: "not estimated",
      verdict: verdictText("not estimated", bound),
      statement:
        `${label}: no comparison by years since leaving, so no verdict at ${boundText(bound)} ` +
        `(${outcome.note ?? "too few people who left support"}).`,
    };
  }
  const c = model.contrast;
  const between = `between ${c.fromYears} and ${years(c.toYears)} since leaving`;
  const size = formatNumber(Math.abs(c.estimate));
  const direction = c.estimate < 0 ? "lower" : "higher";
  const compared =
    `Among ${model.n} people who left support, ${label} was ${size} points ${direction} among those who left ` +
    `${years(c.toYears)} ago than among those who left ${years(c.fromYears)} ago`;
  const adjusted = "adjusted for years in support";
  const ci90 = `90 % CI ${formatInterval(equivalence.ci90)}`;
  const ci95 = `95 % CI ${formatInterval(c.ci95)}`;
  const b = boundText(bound);
  if (equivalence.pAdjusted < 0.05) {
    const nonzero = c.pAdjusted < 0.05 ? ` The difference is not zero (${ci95}) but lies within ${b}.` : "";
    return {
      conclusion: "equivalent",
      verdict: verdictText("equivalent", bound),
      statement:
        `${compared} (${ci90}; ${adjusted}): no difference larger than ${b} ${between} ` +
        `(equivalence test, corrected p ${formatP(equivalence.pAdjusted)}).${nonzero}`,
    };
  }
  if (c.pAdjusted < 0.05) {
    return {
      conclusion: "different",
      verdict: verdictText("different", bound),
      statement:
        `${compared} (${ci95}; ${adjusted}; corrected p ${formatP(c.pAdjusted)}): a difference ${between}, ` +
        `not shown to lie within ${b} (${ci90}).`,
    };
  }
  // The 95 % CI is unadjusted: it can exclude 0 while the Holm-corrected p does not reach .05.
  const includesZero = c.ci95[0] <= 0 && c.ci95[1] >= 0;
  const notDifferent = includesZero
    ? `the ${ci95} includes 0`
    : `the difference is not significant once corrected for the leaver outcomes tested (${ci95}, uncorrected; corrected p ${formatP(c.pAdjusted)})`;
  return {
    conclusion: "inconclusive",
    verdict: verdictText("inconclusive", bound),
    statement:
      `${compared} (${ci90}; ${adjusted}): inconclusive at ${b} — ${notDifferent}, and the difference ` +
      `${between} is not shown to lie within ${b}.`,
  };
}

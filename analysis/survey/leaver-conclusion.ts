import { formatNumber } from "../charts/format-number";
import { formatInterval, formatP } from "./format-statistics";
import type { LeaverOutcome } from "./results-types";

/**
 * The verdict on recovery after leaving for one outcome, from the corrected p-values: a significant negative
 * adjusted slope is "recovery", a positive one "worsening"; otherwise "no recovery (equivalent)" only when the
 * TOST shows the change over the span lies within ±bound, and "inconclusive" when neither test decides — a
 * non-significant slope is never read as "no recovery". Returns a sentence stating it with its numbers.
 *
 * Cost: O(1).
 *
 * @example
 * leaverConclusion(outcome); // { conclusion: "inconclusive", statement: "Among 131 people who left support, …" }
 */
export function leaverConclusion(
  outcome: Pick<LeaverOutcome, "outcome" | "model" | "equivalence" | "note">,
): Pick<LeaverOutcome, "conclusion" | "statement"> {
  const { model, equivalence } = outcome;
  const label =
    outcome.outcome.kind === "item" ? `the answer to “${outcome.outcome.label}”` : outcome.outcome.label;
  if (!model || !equivalence) {
    return {
      conclusion: "not estimated",
      statement: `${label}: recovery after leaving not estimated (${outcome.note ?? "too few people who left support"}).`,
    };
  }
  const slope = model.yearsSinceLeaving;
  const span = equivalence.spanYears;
  const change = formatNumber(Math.abs(equivalence.change));
  const ci95 = formatInterval([slope.ci95[0] * span, slope.ci95[1] * span]);
  const ci90 = formatInterval(equivalence.ci90);
  const bound = formatNumber(equivalence.bound, 0);
  const start = `Among ${model.n} people who left support, ${label}`;
  const adjusted = `adjusted for years in support`;
  if (slope.pAdjusted < 0.05) {
    const lower = slope.estimate < 0;
    const within = equivalence.pAdjusted < 0.05 ? ` — a change within ±${bound} points` : "";
    return {
      conclusion: lower ? "recovery" : "worsening",
      statement:
        `${start} was ${change} points ${lower ? "lower" : "higher"} per ${span} years since leaving ` +
        `(95 % CI ${ci95}; ${adjusted}; corrected p ${formatP(slope.pAdjusted)})${within}: ` +
        `${lower ? "erosion is associated with recovery after leaving" : "erosion is associated with worsening after leaving"}.`,
    };
  }
  if (equivalence.pAdjusted < 0.05) {
    return {
      conclusion: "no recovery (equivalent)",
      statement:
        `${start} changed by ${formatNumber(equivalence.change)} points per ${span} years since leaving ` +
        `(90 % CI ${ci90}; ${adjusted}), within ±${bound} points (TOST corrected p ${formatP(equivalence.pAdjusted)}): ` +
        `no recovery larger than ${bound} points over ${span} years.`,
    };
  }
  return {
    conclusion: "inconclusive",
    statement:
      `${start} changed by ${formatNumber(equivalence.change)} points per ${span} years since leaving ` +
      `(90 % CI ${ci90}; ${adjusted}): neither a significant change nor shown to lie within ±${bound} points, ` +
      `so the data cannot tell recovery from no recovery.`,
  };
}

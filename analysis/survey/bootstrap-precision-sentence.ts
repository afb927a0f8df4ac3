import { formatNumber } from "../charts/format-number";
import { lastDigitUnit } from "../charts/last-digit-unit";
import type { SurveyResults } from "./results-types";

const count = (n: number) => n.toLocaleString("en");
const decimals = (d: number) => `${d} decimal${d === 1 ? "" : "s"}`;

/**
 * The methods text for the published bootstrap intervals: the B each one used, the precision rule and the largest
 * Monte Carlo standard error of a bound, e.g. "B = 16,000 resamples, chosen so that the Monte Carlo error of every
 * bound is below 0.05 (half a unit of the last digit shown); largest MCSE 0.039". Intervals that reached the cap
 * and are shown with fewer digits are named. Without any interval, the rule from the settings.
 *
 * Cost: O(outcomes).
 *
 * @example
 * bootstrapPrecisionSentence(results); // "B = 32,000 resamples, chosen so that …; largest MCSE 0.042"
 */
export function bootstrapPrecisionSentence(
  results: Pick<SurveyResults, "settings" | "supportGroups">,
): string {
  const { settings } = results;
  const intervals = results.supportGroups.comparisons.flatMap((c) =>
    c.tests ? [{ label: c.outcome.label, ...c.tests.bootstrap }] : [],
  );
  if (intervals.length === 0) return settings.bootstrap.rule;
  const target = 0.5 * lastDigitUnit(formatNumber(0, settings.bootstrap.digits));
  const Bs = [...new Set(intervals.map((i) => i.B))];
  const used =
    Bs.length === 1
      ? `B = ${count(Bs[0]!)} resamples`
      : `B = ${intervals.map((i) => `${count(i.B)} for ${i.label}`).join(", ")} resamples`;
  const largest = Math.max(...intervals.map((i) => i.maxMcse));
  const fixed = settings.bootstrap.maxB === settings.bootstrap.B;
  const how = fixed
    ? `${used} (fixed; the Monte Carlo error of a bound is held below half a unit of the last digit shown by showing fewer digits)`
    : `${used}, chosen so that the Monte Carlo error of every bound is below ${formatNumber(target, settings.bootstrap.digits + 1)} (half a unit of the last digit shown)`;
  const fewer = intervals
    .filter((i) => i.digits < settings.bootstrap.digits)
    .map(
      (i) =>
        `the interval for ${i.label} is shown with ${decimals(i.digits)}, because at B = ${count(i.B)} its bounds' Monte Carlo error (${formatNumber(i.maxMcse, 3)}) ` +
        (i.reached
          ? `is not below ${formatNumber(target, settings.bootstrap.digits + 1)}`
          : "is not below half a unit even then"),
    );
  return `${how}; largest MCSE ${formatNumber(largest, settings.bootstrap.digits + 2)}${fewer.length > 0 ? `; ${fewer.join("; ")}` : ""}`;
}

import { formatNumber } from "../charts/format-number";
import { lastDigitUnit } from "../charts/last-digit-unit";
import type { SurveyResults } from "./results-types";

const count = (n: number) => n.toLocaleString("en");
const decimals = (d: number) => `${d} decimal${d === 1 ? "" : "s"}`;

/**
 * The methods text for the published bootstrap intervals: the B each one used, the precision rule and the largest
 * Monte Carlo standard error of a bound, e.g. "B = 16,000 resamples, chosen so that the Monte Carlo error of every
 * bound is below 0.05 (half a unit of the last digit shown); largest MCSE 0.039", or "B chosen per interval so that
 * …: 32,000 resamples for A, 2,000 for B; largest MCSE 0.042" when they differ. Intervals that reached the cap
 * and are shown with fewer digits are named. Without any interval, the rule from the settings.
 *
 * Cost: O(outcomes).
 *
 * @example
 * bootstrapPrecisionSentence(results); // "B = 32,000 resamples, chosen so that …; largest MCSE 0.042"
 */
export function bootstrapPrecisionSentence(results: {
  settings: Pick<SurveyResults["settings"], "bootstrap">;
  supportGroups: SurveyResults["supportGroups"];
}): string {
  const { settings } = results;
  const intervals = results.supportGroups.comparisons.flatMap((c) =>
    c.tests ? [{ label: c.outcome.label, ...c.tests.bootstrap }] : [],
  );
  if (intervals.length === 0) return settings.bootstrap.rule;
  const target = 0.5 * lastDigitUnit(formatNumber(0, settings.bootstrap.digits));
  const below = formatNumber(target, settings.bootstrap.digits + 1);
  const rule = `so that the Monte Carlo error of every bound is below ${below} (half a unit of the last digit shown)`;
  const Bs = [...new Set(intervals.map((i) => i.B))];
  const fixed = settings.bootstrap.maxB === settings.bootstrap.B;
  const perInterval = intervals.map((i, k) => `${count(i.B)}${k === 0 ? " resamples" : ""} for ${i.label}`);
  const how = fixed
    ? `B = ${count(settings.bootstrap.B)} resamples (fixed; an interval whose bounds' Monte Carlo error reaches half a unit of the last digit is shown with fewer digits)`
    : Bs.length === 1
      ? `B = ${count(Bs[0]!)} resamples, chosen ${rule}`
      : `B chosen per interval ${rule}: ${perInterval.join(", ")}`;
  const largest = Math.max(...intervals.map((i) => i.maxMcse));
  const fewer = intervals
    .filter((i) => i.digits < settings.bootstrap.digits)
    .map(
      (i) =>
        `the interval for ${i.label} is shown with ${decimals(i.digits)}, because at B = ${count(i.B)} its bounds' Monte Carlo error (${formatNumber(i.maxMcse, settings.bootstrap.digits + 2)}) ` +
        (i.reached ? `is not below ${below}` : "is not below half a unit even then"),
    );
  // Cut, not rounded: an MCSE of 0.04996 printed "0.050" would read as breaking the "below 0.05" it meets.
  const shownDigits = settings.bootstrap.digits + 2;
  const cut = Math.floor(largest * 10 ** shownDigits) / 10 ** shownDigits;
  return `${how}; largest MCSE ${formatNumber(cut, shownDigits)}${fewer.length > 0 ? `; ${fewer.join("; ")}` : ""}`;
}

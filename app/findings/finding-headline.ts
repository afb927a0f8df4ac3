import type { SurveyResults } from "../../analysis";
import { formatNumber } from "../../analysis/charts";
import { formatInterval } from "../../analysis/survey";
import type { FindingSnapshotInput } from "./finding-snapshot";

/**
 * The one-sentence headline and its effect size: the extreme-group contrast (top vs bottom third of
 * institutional support) on the primary outcome, with the continuous association over everyone beside it, so
 * the contrast of the two ends never stands alone. Worded between people: the data compare different people.
 */
export function findingHeadline(results: SurveyResults): FindingSnapshotInput["headline"] {
  const primary = results.roles.primaryErosion;
  const comparison = results.supportGroups.comparisons.find(
    (candidate) => candidate.outcome.id === primary.id,
  );
  const low = comparison?.groups.find((group) => group.level === "low")?.estimate;
  const high = comparison?.groups.find((group) => group.level === "high")?.estimate;
  const tests = comparison?.tests;
  if (!tests || !low || !high || low.suppressed || high.suppressed) {
    return {
      sentence:
        results.summary[1] ?? results.summary[0] ?? "Too few respondents to compare support levels yet.",
      effect: null,
    };
  }
  const direction = high.mean < low.mean ? "lower" : "higher";
  // The interval's digits are those its bootstrap was made precise to (decision 028).
  const { digits } = tests.bootstrap;
  const [lo, hi] = tests.bootstrap.bca;
  const continuous = comparison.continuous;
  const association = continuous
    ? ` Across all ${continuous.n} current practitioners, r = ${formatNumber(continuous.r, 2)} (95% CI ${formatInterval(continuous.ci95, 2)}).`
    : "";
  return {
    sentence:
      `Practitioners in the top third of institutional support had ${direction} ${primary.label} than those in the bottom third ` +
      `(${formatNumber(high.mean)} vs ${formatNumber(low.mean)} on a 0–100 scale; difference ${formatNumber(tests.bootstrap.meanDiff, digits)} points, 95% CI ${formatInterval([lo, hi], digits)}; n = ${high.n} and ${low.n}).` +
      association +
      " An association between people in a self-selected sample, not proof of cause.",
    effect: {
      label: "Hedges' g, extreme groups (top vs bottom third of support)",
      estimate: tests.hedgesG.g,
      ci95: tests.hedgesG.ci95,
    },
  };
}

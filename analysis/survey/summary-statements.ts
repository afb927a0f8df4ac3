import { formatNumber } from "../charts/format-number";
import { formatInterval, formatP } from "./format-statistics";
import type { ModerationResult, SupportComparison, SurveyResults } from "./results-types";

type Parts = Pick<
  SurveyResults,
  | "sample"
  | "roles"
  | "harmTrajectory"
  | "moderation"
  | "supportGroups"
  | "discriminantValidity"
  | "leavers"
  | "settings"
>;

/** The support effect across tenure, from the spline × support model, with the joint interaction test. */
function moderationSentence(m: ModerationResult, label: string): string {
  const { F, df1, df2, pAdjusted } = m.interaction;
  const effect = (e: ModerationResult["supportEffects"][number]) =>
    `${formatNumber(e.estimate, 2)} (95 % CI ${formatInterval(e.ci95, 2)}) at ${e.at}`;
  const [atMean, ...others] = m.supportEffects;
  return (
    `Per point of institutional support, ${label} was ${formatNumber(Math.abs(atMean!.estimate), 2)} points ${atMean!.estimate < 0 ? "lower" : "higher"} ` +
    `among people with the mean tenure of ${formatNumber(atMean!.tenure, 1)} years (effect ${formatNumber(atMean!.estimate, 2)}, 95 % CI ${formatInterval(atMean!.ci95, 2)}; n = ${m.n}); ` +
    `the effect was ${others.map(effect).join(", ")}. Whether this association differs across tenure (all tenure × support terms, ` +
    `tenure as a restricted cubic spline): F(${df1}, ${df2}) = ${formatNumber(F, 2)}, corrected p ${formatP(pAdjusted)}. ${m.floodlight.description}`
  );
}

/** The continuous association that stands beside the extreme-group contrast. */
const continuousClause = (c: SupportComparison["continuous"]) =>
  c
    ? ` Over all ${c.n} current practitioners, the correlation of support with the outcome was r = ${formatNumber(c.r, 2)} (95 % CI ${formatInterval(c.ci95, 2)}).`
    : "";

/**
 * The main results as sentences with their numbers, for the primary erosion outcome and the leavers: the
 * sample, the harm trajectory (slope and non-linearity), moderation by institutional support, the high versus
 * low support comparison, the discriminant validity of the roles' scale pairs, and each leaver outcome's verdict
 * (which names its bound). Worded as associations; p-values are the corrected ones.
 *
 * Cost: O(outcomes).
 *
 * @example
 * summaryStatements(results)[1]; // "Among 640 current practitioners, client-related burnout was higher …"
 */
export function summaryStatements(parts: Parts): string[] {
  const { sample, roles, settings } = parts;
  const primary = roles.primaryErosion;
  const label = primary.label;
  const method = settings.correction === "holm" ? "Holm" : "BH";
  const reasons = sample.excluded.byReason.map((r) => `${r.n} ${r.reason}`).join(", ");
  // One response can be excluded for several reasons, so the counts by reason may add up to more than the total.
  const counted = sample.excluded.byReason.reduce((sum, r) => sum + r.n, 0);
  const overlap = counted > sample.excluded.total ? ", some for more than one reason" : "";
  const lines = [
    `${sample.analysed} of ${sample.received} responses analysed` +
      (sample.excluded.total > 0
        ? ` (${sample.excluded.total} excluded${overlap}: ${reasons}).`
        : " (none excluded)."),
  ];
  const trajectory = parts.harmTrajectory.find((t) => t.outcome.id === primary.id);
  const linear = trajectory?.overall.linear;
  if (trajectory && linear) {
    const direction = linear.estimate > 0 ? "higher" : "lower";
    let sentence =
      `Among ${linear.n} current practitioners, ${label} was ${direction} among people with more years in support: ` +
      `${formatNumber(linear.estimate, 2)} points per year of tenure (95 % CI ${formatInterval(linear.ci95, 2)}; ${method}-corrected p ${formatP(linear.pAdjusted)}).`;
    const nl = trajectory.overall.spline?.nonlinearity;
    if (nl) {
      sentence +=
        ` The curve ${nl.pAdjusted < 0.05 ? "departs" : "does not depart significantly"} from a straight line ` +
        `(restricted cubic spline against linear: F(${nl.df1}, ${nl.df2}) = ${formatNumber(nl.F, 2)}, corrected p ${formatP(nl.pAdjusted)}).`;
    }
    lines.push(sentence);
  }
  const moderation = parts.moderation.find((m) => m.outcome.id === primary.id);
  if (moderation && "interaction" in moderation) lines.push(moderationSentence(moderation, label));
  const comparison = parts.supportGroups.comparisons.find((c) => c.outcome.id === primary.id);
  if (comparison?.tests) {
    const t = comparison.tests;
    lines.push(
      `Comparing extreme groups (top vs bottom third of institutional support), people in the top third reported ${formatNumber(Math.abs(t.welch.meanDiff))} points ` +
        `${t.welch.meanDiff < 0 ? "less" : "more"} ${label} than those in the bottom third (n = ${t.n.high} and ${t.n.low}; ` +
        `95 % CI of high − low ${formatInterval(t.welch.ci95)}, bootstrap BCa ${formatInterval(t.bootstrap.bca, t.bootstrap.digits)} with B = ${t.bootstrap.B.toLocaleString("en")}, ` +
        `seed ${t.bootstrap.seed}, Monte Carlo error of each bound at most ${formatNumber(t.bootstrap.maxMcse, t.bootstrap.digits + 2)}; Hedges' g = ${formatNumber(t.hedgesG.g, 2)}, 95 % CI ${formatInterval(t.hedgesG.ci95, 2)}; corrected p ${formatP(t.welch.pAdjusted)}).` +
        continuousClause(comparison.continuous),
    );
  }
  for (const pair of parts.discriminantValidity) if ("statement" in pair) lines.push(pair.statement);
  for (const outcome of parts.leavers.outcomes) if (outcome.statement) lines.push(outcome.statement);
  return lines;
}

import { formatNumber } from "../charts/format-number";
import { formatP } from "./format-statistics";
import type { SurveyResults } from "./results-types";

const interval = ([lo, hi]: readonly [number, number], digits: number) =>
  `[${formatNumber(lo, digits)}, ${formatNumber(hi, digits)}]`;
const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");

/** One row per erosion outcome: trajectory, moderation, the extreme-group contrast and the continuous r. */
function outcomeRows(results: SurveyResults) {
  const header = [
    "Erosion outcome (current practitioners)",
    "n",
    "slope/year [95% CI]",
    "non-linear p",
    "tenure × support p",
    "support effect at mean tenure [95% CI]",
    "high − low [BCa 95% CI] B",
    "g (extreme thirds)",
    "r [95% CI]",
  ];
  const rows = results.roles.erosion.map((outcome) => {
    const trajectory = results.harmTrajectory.find((t) => t.outcome.id === outcome.id)?.overall;
    const moderation = results.moderation.find((m) => m.outcome.id === outcome.id);
    const compared = results.supportGroups.comparisons.find((c) => c.outcome.id === outcome.id);
    const comparison = compared?.tests;
    const continuous = compared?.continuous;
    const linear = trajectory?.linear;
    const nonlinear = trajectory?.spline?.nonlinearity;
    const fitted = moderation && "interaction" in moderation ? moderation : null;
    const interaction = fitted?.interaction;
    const atMean = fitted?.supportEffects[0];
    return [
      outcome.label,
      String(trajectory?.n ?? "–"),
      linear ? `${formatNumber(linear.estimate, 2)} ${interval(linear.ci95, 2)}` : "–",
      nonlinear ? formatP(nonlinear.pAdjusted).replace("= ", "") : "–",
      interaction ? formatP(interaction.pAdjusted).replace("= ", "") : "–",
      atMean ? `${formatNumber(atMean.estimate, 3)} ${interval(atMean.ci95, 3)}` : "–",
      comparison
        ? `${formatNumber(comparison.bootstrap.meanDiff, comparison.bootstrap.digits)} ${interval(comparison.bootstrap.bca, comparison.bootstrap.digits)} B=${comparison.bootstrap.B}`
        : "–",
      comparison ? formatNumber(comparison.hedgesG.g, 2) : "–",
      continuous ? `${formatNumber(continuous.r, 2)} ${interval(continuous.ci95, 2)}` : "–",
    ];
  });
  return { header, rows };
}

/**
 * A plain-text summary of the results for a terminal: the sample, one row per erosion outcome (tenure slope,
 * non-linearity, tenure × support interaction test and the support effect at mean tenure, the extreme-group (top vs
 * bottom third) difference with its BCa interval and Hedges' g, and the correlation of support with the outcome;
 * corrected p-values), the leavers' verdicts, the discriminant validity of the roles' scale pairs and the scales' α. Suppressed numbers print as "–".
 *
 * Cost: O(outcomes + scales).
 *
 * @example
 * console.log(summaryTable(results));
 */
export function summaryTable(results: SurveyResults): string {
  const { sample, settings } = results;
  const method = settings.correction === "holm" ? "Holm" : "BH";
  const lines = [
    `${results.instrument.title} — results schema ${results.schemaVersion}; ${method}-corrected p; bootstrap B from ` +
      `${settings.bootstrap.B} (cap ${settings.bootstrap.maxB}), seed ${settings.bootstrap.seed}; groups under ${settings.minCellSize} not shown`,
    `Responses: ${sample.received} received, ${sample.excluded.total} excluded` +
      (sample.excluded.byReason.length > 0
        ? ` (${sample.excluded.byReason.map((r) => `${r.reason} ${r.n}`).join(", ")})`
        : "") +
      `, ${sample.analysed} analysed (${sample.stayers ?? "–"} in support, ${sample.leavers ?? "–"} left)`,
    "",
  ];
  const { header, rows } = outcomeRows(results);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  lines.push(pad(header, widths), ...rows.map((row) => pad(row, widths)), "");
  for (const leaver of results.leavers.outcomes) {
    const c = leaver.model?.contrast;
    lines.push(
      `Leavers, ${leaver.outcome.label}: ` +
        (c && leaver.equivalence
          ? `${c.toYears} − ${c.fromYears} years since leaving ${formatNumber(c.estimate)} ` +
            `(95% CI ${interval(c.ci95, 1).slice(1, -1)}; 90% CI ${interval(leaver.equivalence.ci90, 1).slice(1, -1)}) → `
          : "") +
        leaver.verdict,
    );
  }
  for (const pair of results.discriminantValidity) {
    const name = `${pair.scales[0].id} vs ${pair.scales[1].id}`;
    lines.push(
      "htmt" in pair
        ? `Discriminant validity, ${name}: HTMT ${formatNumber(pair.htmt.estimate, 2)} ${interval(pair.htmt.ci95, 2)} ` +
            `(percentile, B = ${pair.htmt.B}) → ${pair.verdict}; disattenuated r ${formatNumber(pair.disattenuated, 2)}`
        : `Discriminant validity, ${name}: ${pair.note}`,
    );
  }
  lines.push(
    `Reliability (Cronbach's α): ${results.reliability.map((r) => `${r.scale} ${r.alpha === null ? "–" : formatNumber(r.alpha, 2)}`).join(", ")}`,
  );
  return lines.join("\n");
}

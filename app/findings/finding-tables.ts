import { discriminantValidityTable, supportItemsTable } from "./finding-item-tables";
import { languageReliabilityTable } from "./finding-languages";
import type { SnapshotTable } from "./finding-snapshot";
import { trajectoryTable } from "./finding-trajectory-table";
import type { MeanCell, ModerationResult, SurveyResults } from "../../analysis";

const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
const interval = (ci: readonly [number, number] | null | undefined, digits = 1) =>
  ci ? `${ci[0].toFixed(digits)} to ${ci[1].toFixed(digits)}` : null;
const mean = (cell: MeanCell | null | undefined) => (cell && !cell.suppressed ? round(cell.mean, 1) : null);
const cellN = (cell: MeanCell | null | undefined) => (cell && !cell.suppressed ? cell.n : null);
const pValue = (p: number | undefined) => (p === undefined ? null : p < 0.0001 ? "< 0.0001" : p.toFixed(4));

/** Cronbach's α per scale, with its Feldt interval; n only when it reaches the small-cell rule. */
function reliabilityTable(results: SurveyResults, k: number): SnapshotTable {
  return {
    id: "reliability",
    title: "Reliability of each scale (Cronbach's α, complete cases)",
    nColumn: "n",
    columns: [
      { key: "scale", label: "Scale" },
      { key: "k", label: "Items" },
      { key: "n", label: "Complete cases" },
      { key: "alpha", label: "α" },
      { key: "ci95", label: "95% CI (Feldt)" },
    ],
    rows: results.reliability.map((scale) => ({
      scale: scale.label,
      k: scale.k,
      n: scale.nComplete >= k ? scale.nComplete : null,
      alpha: round(scale.alpha, 3),
      ci95: interval(scale.ci95, 3),
    })),
  };
}

type SupportComparison = SurveyResults["supportGroups"]["comparisons"][number];

function supportComparisonRow(comparison: SupportComparison, k: number) {
  const low = comparison.groups.find((group) => group.level === "low")?.estimate;
  const high = comparison.groups.find((group) => group.level === "high")?.estimate;
  const tests = comparison.tests;
  return {
    outcome: comparison.outcome.label,
    low: mean(low),
    n_low: cellN(low),
    high: mean(high),
    n_high: cellN(high),
    difference: round(tests?.bootstrap.meanDiff, tests?.bootstrap.digits),
    bca95: interval(tests?.bootstrap.bca, tests?.bootstrap.digits),
    g: round(tests?.hedgesG.g),
    g95: interval(tests?.hedgesG.ci95, 2),
    delta: round(tests?.cliffsDelta.delta),
    p_adjusted: pValue(tests?.welch.pAdjusted),
    r: round(comparison.continuous?.r),
    r95: interval(comparison.continuous?.ci95, 2),
    note: comparison.note ?? (low?.suppressed || high?.suppressed ? `fewer than ${k}` : ""),
  };
}

/** High against low institutional support, per outcome: means, bootstrap difference, effect sizes and p. */
function supportComparisonsTable(results: SurveyResults, k: number): SnapshotTable {
  return {
    id: "support-comparisons",
    title:
      "Erosion with high versus low institutional support (current practitioners): extreme groups (top vs bottom third), and the continuous association",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "low", label: "Low support mean (the outcome's own scale)" },
      { key: "n_low", label: "n low" },
      { key: "high", label: "High support mean (the outcome's own scale)" },
      { key: "n_high", label: "n high" },
      { key: "difference", label: "Difference high − low" },
      { key: "bca95", label: "95% bootstrap BCa CI" },
      { key: "g", label: "Hedges g, extreme groups (top vs bottom third)" },
      { key: "g95", label: "g 95% CI" },
      { key: "delta", label: "Cliff's δ" },
      { key: "p_adjusted", label: "Welch p (corrected)" },
      { key: "r", label: "Pearson r, support with outcome (all current practitioners)" },
      { key: "r95", label: "r 95% CI" },
      { key: "note", label: "Note" },
    ],
    rows: results.supportGroups.comparisons.map((comparison) => supportComparisonRow(comparison, k)),
  };
}

type ModerationModel = SurveyResults["moderation"][number];

const effectAt = (model: ModerationResult, at: string) => {
  const effect = model.supportEffects.find((e) => e.at === at);
  return effect ? `${round(effect.estimate, 3)} ${interval(effect.ci95, 3)}` : null;
};

/** A fitted model's joint interaction test and support effects; a model that was not fitted keeps its note. */
function moderationRow(model: ModerationModel) {
  if (!("interaction" in model))
    return {
      outcome: model.outcome.label,
      n: null,
      interaction: null,
      p_adjusted: null,
      at_mean: null,
      at_2: null,
      at_5: null,
      at_10: null,
      floodlight: model.note,
    };
  const { F, df1, df2 } = model.interaction;
  return {
    outcome: model.outcome.label,
    n: model.n,
    interaction: `F(${df1}, ${df2}) = ${round(F, 2)}`,
    p_adjusted: pValue(model.interaction.pAdjusted),
    at_mean: effectAt(model, "mean tenure"),
    at_2: effectAt(model, "2 years"),
    at_5: effectAt(model, "5 years"),
    at_10: effectAt(model, "10 years"),
    floodlight: model.floodlight.description,
  };
}

function moderationTable(results: SurveyResults): SnapshotTable {
  return {
    id: "moderation",
    title:
      "Does the association with institutional support differ across tenure? (outcome ~ spline(tenure) × support, both centred)",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "n", label: "n" },
      { key: "interaction", label: "Interaction, all tenure × support terms" },
      { key: "p_adjusted", label: "p (corrected)" },
      { key: "at_mean", label: "Support effect per point at mean tenure [95% CI]" },
      { key: "at_2", label: "at 2 years" },
      { key: "at_5", label: "at 5 years" },
      { key: "at_10", label: "at 10 years" },
      { key: "floodlight", label: "Tenures where the support effect is significant" },
    ],
    rows: results.moderation.map(moderationRow),
  };
}

/** Leavers against stayers per outcome, and the plan's contrast by years since leaving with its verdict at ±B. */
function leaversTable(results: SurveyResults): SnapshotTable {
  const { fromYears, toYears } = results.settings.leaverPlan.contrast;
  return {
    id: "leavers",
    title: `After leaving support: people who left ${toYears} years ago against people who left ${fromYears} year${fromYears === 1 ? "" : "s"} ago, adjusted for years in support`,
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "leavers", label: "Leavers mean", unit: "0–100" },
      { key: "n", label: "n leavers" },
      { key: "stayers", label: "Stayers mean", unit: "0–100" },
      { key: "difference", label: `Difference, ${toYears} − ${fromYears} years since leaving` },
      { key: "ci95", label: "95% CI" },
      { key: "ci90", label: "90% CI (TOST)" },
      { key: "bound", label: "Bound B (± points)" },
      { key: "verdict", label: "Verdict" },
    ],
    rows: results.leavers.outcomes.map((outcome) => ({
      outcome: outcome.outcome.label,
      leavers: mean(outcome.leavers),
      n: cellN(outcome.leavers),
      stayers: mean(outcome.stayers),
      difference: round(outcome.model?.contrast.estimate, 1),
      ci95: interval(outcome.model?.contrast.ci95),
      ci90: interval(outcome.equivalence?.ci90),
      bound: outcome.bound,
      verdict: outcome.verdict,
    })),
    note:
      "A comparison between people who left support some years apart, not a change within a person. " +
      `Verdicts against each outcome's bound (${results.leavers.outcomes.map((o) => `${o.outcome.label} ±${o.bound} points`).join("; ")}; ` +
      `${results.settings.leaverPlan.source === "default" ? "the default, a tenth of the outcome's range: this definition version has no analysis plan" : "from the instrument's analysis plan"}): ` +
      "equivalent when the 90% CI lies inside the bound, different when the 95% CI excludes 0, otherwise inconclusive.",
  };
}

/**
 * The analysis tables a finding publishes next to its charts, built only from published
 * (already suppressed) numbers: reliability, discriminant validity, every outcome's trajectory, support
 * comparisons, the support items,
 * moderation, leavers.
 */
export function findingTablesFromResults(results: SurveyResults): SnapshotTable[] {
  const k = results.settings.minCellSize;
  return [
    reliabilityTable(results, k),
    languageReliabilityTable(results),
    discriminantValidityTable(results),
    trajectoryTable(results),
    supportComparisonsTable(results, k),
    supportItemsTable(results),
    moderationTable(results),
    leaversTable(results),
  ].filter((table): table is SnapshotTable => table !== null);
}

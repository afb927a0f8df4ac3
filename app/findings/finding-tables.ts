import type { SnapshotTable } from "./finding-snapshot";
import type { MeanCell, SurveyResults } from "../../analysis";

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
    difference: round(tests?.bootstrap.meanDiff, 1),
    bca95: interval(tests?.bootstrap.bca),
    g: round(tests?.hedgesG.g),
    g95: interval(tests?.hedgesG.ci95, 2),
    delta: round(tests?.cliffsDelta.delta),
    p_adjusted: pValue(tests?.welch.pAdjusted),
    note: comparison.note ?? (low?.suppressed || high?.suppressed ? `fewer than ${k}` : ""),
  };
}

/** High against low institutional support, per outcome: means, bootstrap difference, effect sizes and p. */
function supportComparisonsTable(results: SurveyResults, k: number): SnapshotTable {
  return {
    id: "support-comparisons",
    title: "Erosion with high versus low institutional support (current practitioners)",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "low", label: "Low support mean", unit: "0–100" },
      { key: "n_low", label: "n low" },
      { key: "high", label: "High support mean", unit: "0–100" },
      { key: "n_high", label: "n high" },
      { key: "difference", label: "Difference high − low" },
      { key: "bca95", label: "95% bootstrap BCa CI" },
      { key: "g", label: "Hedges g" },
      { key: "g95", label: "g 95% CI" },
      { key: "delta", label: "Cliff's δ" },
      { key: "p_adjusted", label: "Welch p (corrected)" },
      { key: "note", label: "Note" },
    ],
    rows: results.supportGroups.comparisons.map((comparison) => supportComparisonRow(comparison, k)),
  };
}

type ModerationModel = SurveyResults["moderation"][number];

/** A fitted model's interaction and simple slopes; a model that was not fitted keeps only its note. */
function moderationRow(model: ModerationModel) {
  if (!("interaction" in model))
    return {
      outcome: model.outcome.label,
      n: null,
      interaction: null,
      ci95: null,
      p_adjusted: null,
      slope_low: null,
      slope_high: null,
      johnson_neyman: model.note,
    };
  return {
    outcome: model.outcome.label,
    n: model.n,
    interaction: round(model.interaction.estimate, 4),
    ci95: interval(model.interaction.ci95, 4),
    p_adjusted: pValue(model.interaction.pAdjusted),
    slope_low: round(model.simpleSlopes.find((slope) => slope.at === "−1 SD")?.slope),
    slope_high: round(model.simpleSlopes.find((slope) => slope.at === "+1 SD")?.slope),
    johnson_neyman: model.johnsonNeyman.description,
  };
}

function moderationTable(results: SurveyResults): SnapshotTable {
  return {
    id: "moderation",
    title:
      "Does institutional support change the tenure slope? (outcome ~ tenure × support, support centred)",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "n", label: "n" },
      { key: "interaction", label: "Interaction estimate" },
      { key: "ci95", label: "95% CI" },
      { key: "p_adjusted", label: "p (corrected)" },
      { key: "slope_low", label: "Slope per year at −1 SD support" },
      { key: "slope_high", label: "Slope per year at +1 SD support" },
      { key: "johnson_neyman", label: "Johnson–Neyman" },
    ],
    rows: results.moderation.map(moderationRow),
  };
}

/** Leavers against stayers per outcome, and the change since leaving with its equivalence test. */
function leaversTable(results: SurveyResults): SnapshotTable {
  return {
    id: "leavers",
    title: "After leaving support: erosion against years since leaving, adjusted for years in support",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "leavers", label: "Leavers mean", unit: "0–100" },
      { key: "n", label: "n leavers" },
      { key: "stayers", label: "Stayers mean", unit: "0–100" },
      { key: "change", label: "Change over the span" },
      { key: "ci90", label: "90% CI (TOST)" },
      { key: "conclusion", label: "Verdict" },
    ],
    rows: results.leavers.outcomes.map((outcome) => ({
      outcome: outcome.outcome.label,
      leavers: mean(outcome.leavers),
      n: cellN(outcome.leavers),
      stayers: mean(outcome.stayers),
      change: round(outcome.equivalence?.change, 1),
      ci90: interval(outcome.equivalence?.ci90),
      conclusion: outcome.conclusion,
    })),
  };
}

/**
 * The analysis tables a finding publishes next to its charts, built only from published
 * (already suppressed) numbers: reliability, support comparisons, moderation, leavers.
 */
export function findingTablesFromResults(results: SurveyResults): SnapshotTable[] {
  const k = results.settings.minCellSize;
  return [
    reliabilityTable(results, k),
    supportComparisonsTable(results, k),
    moderationTable(results),
    leaversTable(results),
  ];
}

import type { FindingSnapshotInput, SnapshotTable } from "./finding-snapshot";
import { formatNumber, inSentence } from "../../analysis/charts";
import type { LinkageResult } from "../../analysis/linkage";
import { formatInterval } from "../../analysis/survey";
import type { WithinPersonResults, WithinPersonScaleResult } from "../../analysis/within-person";

/** What the headline, the tables and the methods of a within-person finding read besides the results. */
export type WithinPersonFindingContext = {
  waves: { earlier: number; later: number; monthsBetween: number };
  responses: { earlier: number; later: number };
  linkage: Omit<LinkageResult, "links">;
  linksMade: number;
  results: WithinPersonResults;
  primaryScale: string;
};

/** Estimates from fewer people are drawn with open symbols (the charts' default, `publicationRule`). */
export const LOW_PRECISION_BELOW = 30;

/** Support is a 0–100 score; its ANCOVA coefficient is per point, which reads as nothing: per 10 points. */
const PER_SUPPORT_POINTS = 10;

const supportEffect = (result: WithinPersonScaleResult) => {
  const coefficient = result.change.model?.coefficients.support;
  if (!coefficient) return null;
  return {
    estimate: coefficient.estimate * PER_SUPPORT_POINTS,
    ci95: [coefficient.ci95[0] * PER_SUPPORT_POINTS, coefficient.ci95[1] * PER_SUPPORT_POINTS] as [
      number,
      number,
    ],
  };
};

const months = (value: number) => `${formatNumber(value, 1)} months`;

/**
 * The headline: the primary scale's baseline-adjusted change among the people with the least and the most
 * institutional support, and the support coefficient as the effect. Worded within people, and as an
 * association: support was not assigned.
 */
export function withinPersonHeadline(context: WithinPersonFindingContext): FindingSnapshotInput["headline"] {
  const primary = context.results.scales.find((result) => result.scale.id === context.primaryScale);
  const effect = primary ? supportEffect(primary) : null;
  const level = (name: string) => primary?.change.byLevel.find((g) => g.level === name);
  const [low, high] = [level("low"), level("high")];
  const { earlier, later, monthsBetween } = context.waves;
  if (!primary || !effect || !low || !high || low.suppressed || high.suppressed)
    return {
      sentence: `Too few linked people to compare change from wave ${earlier} to wave ${later} by institutional support.`,
      effect: null,
    };
  const label = inSentence(primary.scale.label);
  const change = (g: typeof low & { suppressed: false }) =>
    `${formatNumber(g.adjusted.estimate, 1)} points (95% CI ${formatInterval(g.adjusted.ci95, 1)}; n = ${g.n})`;
  return {
    sentence:
      `Over the ${months(monthsBetween)} from wave ${earlier} to wave ${later}, ${label} changed by ${change(low)} among the same people with the least institutional support and by ${change(high)} among those with the most (baseline-adjusted, 0–100 scale). ` +
      `Per ${PER_SUPPORT_POINTS} points more support at wave ${earlier}, the wave-${later} score differed by ${formatNumber(effect.estimate, 2)} points (95% CI ${formatInterval(effect.ci95, 2)}) at the same wave-${earlier} score. ` +
      "Change within people linked by an anonymous code, not proof of cause: support was not assigned.",
    effect: {
      label: `ANCOVA coefficient of wave-${earlier} institutional support on the wave-${later} ${label}, per ${PER_SUPPORT_POINTS} points`,
      ...effect,
    },
  };
}

const percent = (value: number | null) => (value === null ? null : Number((100 * value).toFixed(1)));

/** How the waves were linked: the counts a reviewer needs to judge the links. */
export function linkageTable(context: WithinPersonFindingContext): SnapshotTable {
  const { linkage, waves } = context;
  const refused = Object.values(linkage.rejected).reduce((sum, count) => sum + count, 0);
  const row = (quantity: string, value: number | null, unit = "") => ({ quantity, value, unit });
  return {
    id: "linkage",
    title: `Linking wave ${waves.earlier} to wave ${waves.later} by the anonymous identification code`,
    columns: [
      { key: "quantity", label: "Quantity" },
      { key: "value", label: "Value" },
      { key: "unit", label: "Unit" },
    ],
    rows: [
      row(`Complete responses, wave ${waves.earlier}`, context.responses.earlier, "responses"),
      row(`Complete responses, wave ${waves.later}`, context.responses.later, "responses"),
      row("Months between the waves (planned)", Number(waves.monthsBetween.toFixed(1)), "months"),
      row("Links accepted (one-to-one)", context.linksMade, "people"),
      row("Estimated true pairs (EM)", Math.round(linkage.estimatedTruePairs), "people"),
      row("Estimated false-match rate of the accepted links", percent(linkage.falseMatchRate.estimate), "%"),
      row("Candidate links refused by verification", refused, "pairs"),
      row("Threshold used", Number(linkage.threshold.used.toFixed(2)), "bits"),
    ],
    note: linkage.falseMatchRate.definition,
  };
}

/** The ANCOVA's support coefficient for every scale: the within-person counterpart of the support comparison. */
export function supportCoefficientTable(context: WithinPersonFindingContext): SnapshotTable {
  const { earlier, later } = context.waves;
  return {
    id: "support-coefficients",
    title: `Wave-${later} score per ${PER_SUPPORT_POINTS} points more institutional support at wave ${earlier}, at the same wave-${earlier} score`,
    nColumn: "n",
    columns: [
      { key: "scale", label: "Scale" },
      { key: "n", label: "People" },
      { key: "estimate", label: "Coefficient", unit: "points per 10 support points" },
      { key: "ci95", label: "95% CI" },
      { key: "note", label: "Note" },
    ],
    rows: context.results.scales.map((result) => {
      const effect = supportEffect(result);
      return {
        scale: result.scale.label,
        n: effect ? result.change.n : null,
        estimate: effect ? Number(effect.estimate.toFixed(2)) : null,
        ci95: effect ? formatInterval(effect.ci95, 2) : null,
        note: result.change.suppressedBecause ?? "",
      };
    }),
  };
}

const rounded = (value: number | undefined) => (value === undefined ? null : Number(value.toFixed(2)));

/**
 * Within-person change per year beside what the cross-sectional curve predicts for the same people over the
 * same time (decision 058, "Like with like"): the comparison that says whether a cross-sectional survey would
 * have told the same story. The straight slope is in it for reference.
 */
export function withinVersusCrossSectionalTable(context: WithinPersonFindingContext): SnapshotTable {
  return {
    id: "within-versus-cross-sectional",
    title:
      "Change per year within the same people, and what the cross-sectional curve over years in support predicts for them",
    nColumn: "n",
    columns: [
      { key: "scale", label: "Scale" },
      { key: "n", label: "People" },
      { key: "within", label: "Within people", unit: "points per year" },
      { key: "withinCi", label: "95% CI" },
      { key: "curve", label: "Predicted by the cross-sectional curve", unit: "points per year" },
      { key: "curveCi", label: "95% CI" },
      { key: "difference", label: "Within minus curve", unit: "points per year" },
      { key: "differenceCi", label: "95% CI" },
      { key: "straight", label: "Straight cross-sectional slope, for reference", unit: "points per year" },
      { key: "note", label: "Note" },
    ],
    rows: context.results.scales.map(({ scale, comparison }) => ({
      scale: scale.label,
      n: comparison.n,
      within: rounded(comparison.within?.estimate),
      withinCi: comparison.within ? formatInterval(comparison.within.ci95, 2) : null,
      curve: rounded(comparison.curvePredicted?.estimate),
      curveCi: comparison.curvePredicted ? formatInterval(comparison.curvePredicted.ci95, 2) : null,
      difference: rounded(comparison.withinMinusCurvePredicted?.estimate),
      differenceCi: comparison.withinMinusCurvePredicted
        ? formatInterval(comparison.withinMinusCurvePredicted.ci95, 2)
        : null,
      straight: rounded(comparison.straightSlope?.estimate),
      note: comparison.suppressedBecause ?? comparison.sentence,
    })),
  };
}

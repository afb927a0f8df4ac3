import type { Coefficient, MeanCell, SurveyResults } from "../survey/results-types";

/** One published number of one analysis run: its estimate, its interval and the p-value of its test. */
export interface EstimandValue {
  estimate: number;
  /** the published interval, at `ciLevel` (null for a test that publishes no interval) */
  ci: [number, number] | null;
  ciLevel: number;
  /** the p-value as published (multiplicity-corrected where the analysis corrects it), or null */
  p: number | null;
  /** the uncorrected p-value, or null */
  pRaw: number | null;
}

/** The published numbers of one run by estimand id, each leaver outcome's verdict and each scale pair's. */
export interface PublishedEstimands {
  values: Record<string, EstimandValue>;
  /** leaver outcome id → conclusion ("equivalent", "different", "inconclusive" or "not estimated"); for a scale
   * pair, `validity:<a>~<b>` → its discriminant-validity verdict ("distinct", "not distinct", "inconclusive") */
  verdicts: Record<string, string>;
}

const coefficient = (c: Coefficient, p = c.p): EstimandValue => ({
  estimate: c.estimate,
  ci: c.ci95,
  ciLevel: 0.95,
  p,
  pRaw: c.p,
});
const mean = (cell: MeanCell | null): EstimandValue | null =>
  cell && !cell.suppressed
    ? { estimate: cell.mean, ci: cell.ci95, ciLevel: 0.95, p: null, pRaw: null }
    : null;
const test = (statistic: number, p: number, pRaw: number): EstimandValue => ({
  estimate: statistic,
  ci: null,
  ciLevel: 0.95,
  p,
  pRaw,
});

/** Estimand ids are `<part>.<quantity>:<outcome id>`, e.g. `moderation.interaction:cbi_client`. */
function trajectoryEstimands(results: SurveyResults, add: (id: string, v: EstimandValue | null) => void) {
  for (const { outcome, overall } of results.harmTrajectory) {
    const o = outcome.id;
    if (overall.linear) add(`trajectory.linear:${o}`, coefficient(overall.linear, overall.linear.pAdjusted));
    const nl = overall.spline?.nonlinearity;
    if (nl) add(`trajectory.nonlinearity:${o}`, test(nl.F, nl.pAdjusted, nl.p));
    for (const band of overall.bands) add(`trajectory.band ${band.band}:${o}`, mean(band.estimate));
  }
  for (const model of results.moderation) {
    if (!("interaction" in model)) continue;
    const o = model.outcome.id;
    const { F, p, pAdjusted } = model.interaction;
    add(`moderation.interaction:${o}`, test(F, pAdjusted, p));
    for (const effect of model.supportEffects)
      add(`moderation.support at ${effect.at}:${o}`, coefficient(effect));
  }
}

function supportEstimands(results: SurveyResults, add: (id: string, v: EstimandValue | null) => void) {
  for (const { outcome, tests, continuous } of results.supportGroups.comparisons) {
    if (continuous) {
      const { r, ci95, p } = continuous;
      add(`support.r:${outcome.id}`, { estimate: r, ci: ci95, ciLevel: 0.95, p, pRaw: p });
    }
    if (!tests) continue;
    const o = outcome.id;
    const { welch, mannWhitney, bootstrap, hedgesG, cliffsDelta } = tests;
    add(`support.difference:${o}`, {
      estimate: welch.meanDiff,
      ci: welch.ci95,
      ciLevel: 0.95,
      p: welch.pAdjusted,
      pRaw: welch.p,
    });
    add(`support.difference BCa:${o}`, {
      estimate: bootstrap.meanDiff,
      ci: bootstrap.bca,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
    add(`support.mann-whitney:${o}`, test(mannWhitney.z, mannWhitney.pAdjusted, mannWhitney.p));
    add(`support.hedges g:${o}`, {
      estimate: hedgesG.g,
      ci: hedgesG.ci95,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
    add(`support.cliffs delta:${o}`, {
      estimate: cliffsDelta.delta,
      ci: cliffsDelta.ci95,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
  }
}

/** HTMT with its bootstrap interval and the disattenuated r per scale pair; each support item's r per outcome. */
function itemLevelEstimands(
  results: SurveyResults,
  add: (id: string, v: EstimandValue | null) => void,
  verdicts: Record<string, string>,
) {
  for (const pair of results.discriminantValidity) {
    if (!("htmt" in pair)) continue;
    const id = `${pair.scales[0].id}~${pair.scales[1].id}`;
    verdicts[`validity:${id}`] = pair.verdict;
    add(`validity.htmt:${id}`, {
      estimate: pair.htmt.estimate,
      ci: pair.htmt.ci95,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
    add(`validity.disattenuated r:${id}`, {
      estimate: pair.disattenuated,
      ci: null,
      ciLevel: 0.95,
      p: null,
      pRaw: null,
    });
  }
  for (const row of results.supportItems) {
    if (row.n === null) continue;
    const { r, ci95, pAdjusted, p } = row;
    add(`support item.r:${row.item}~${row.outcome}`, {
      estimate: r,
      ci: ci95,
      ciLevel: 0.95,
      p: pAdjusted,
      pRaw: p,
    });
  }
}

function leaverEstimands(
  results: SurveyResults,
  add: (id: string, v: EstimandValue | null) => void,
  verdicts: Record<string, string>,
) {
  for (const leaver of results.leavers.outcomes) {
    const o = leaver.outcome.id;
    verdicts[o] = leaver.conclusion;
    add(`leavers.stayers mean:${o}`, mean(leaver.stayers));
    add(`leavers.leavers mean:${o}`, mean(leaver.leavers));
    const { model, equivalence } = leaver;
    if (!model || !equivalence) continue;
    const { contrast } = model;
    add(`leavers.contrast:${o}`, {
      estimate: contrast.estimate,
      ci: contrast.ci95,
      ciLevel: 0.95,
      p: contrast.pAdjusted,
      pRaw: contrast.p,
    });
    add(`leavers.contrast TOST:${o}`, {
      estimate: equivalence.difference,
      ci: equivalence.ci90,
      ciLevel: 0.9,
      p: equivalence.pAdjusted,
      pRaw: equivalence.p,
    });
  }
}

/**
 * The numbers a finding publishes from {@link SurveyResults}, keyed by a stable id, for the validation harness:
 * per erosion outcome the linear tenure slope, the spline's non-linearity test, the tenure-band means, the
 * moderation model's joint interaction test and its support effects at the mean tenure and at 2, 5 and 10 years,
 * the correlation of support with the outcome, and the high − low support contrasts (Welch
 * difference, its BCa interval, Mann–Whitney, Hedges' g, Cliff's δ); per pair of scales HTMT with its percentile
 * bootstrap interval and the disattenuated correlation (`validity.*:<scale>~<scale>`); per support item and outcome
 * Pearson's r with its BH-adjusted p (`support item.r:<item>~<outcome>`); per leaver outcome the stayers' and
 * leavers' means, the analysis plan's contrast between two years since leaving with its 95 % and 90 % (TOST)
 * intervals, and the verdict (equivalent, different, inconclusive). Suppressed or unestimated numbers are absent.
 *
 * Cost: O(outcomes · bands).
 *
 * @example
 * publishedEstimands(results).values["moderation.interaction:cbi_client"]; // { estimate, ci, ciLevel, p, pRaw }
 */
export function publishedEstimands(results: SurveyResults): PublishedEstimands {
  const values: Record<string, EstimandValue> = {};
  const verdicts: Record<string, string> = {};
  const add = (id: string, value: EstimandValue | null) => {
    if (value) values[id] = value;
  };
  trajectoryEstimands(results, add);
  supportEstimands(results, add);
  itemLevelEstimands(results, add, verdicts);
  leaverEstimands(results, add, verdicts);
  return { values, verdicts };
}

import { normalQuantile } from "../distributions/normal-quantile";
import type { PublishedEstimands } from "./published-estimands";
import type { ScenarioTruth } from "./scenario-truth";

/** How one published estimand behaved over the replications, against its true value. */
export interface EstimandSummary {
  id: string;
  truth: number | null;
  /** the test's null hypothesis is true by construction: its rejection rate is a false-positive rate */
  h0: boolean;
  /** replications that published the estimand (the others suppressed it or could not estimate it) */
  reps: number;
  mean: number;
  /** mean − truth, and √(mean of (estimate − truth)²); null without a true value */
  bias: number | null;
  rmse: number | null;
  /** the estimates' standard deviation across replications */
  sd: number;
  /**
   * the mean standard error the intervals imply (half-width / z) over `sd`: below 1 when they are too narrow
   * (0.8 = 20 % too narrow), whatever the truth; null without intervals
   */
  seRatio: number | null;
  /** share of published intervals containing the truth, at their nominal level `ciLevel` */
  coverage: number | null;
  ciLevel: number | null;
  /** share with the published (corrected) p below .05, and with the uncorrected p below .05 */
  reject: number | null;
  rejectRaw: number | null;
}

/** The validation of one scenario: every estimand, the leaver verdicts' shares and family-wise rejections. */
export interface ValidationSummary {
  scenario: string;
  reps: number;
  estimands: EstimandSummary[];
  /** leaver outcome id → verdict → share of replications */
  verdicts: Record<string, Record<string, number>>;
  /** share of replications in which any test of the family rejects (published p < .05) */
  familyWise: { family: string; reject: number }[];
}

const ALPHA = 0.05;
const FAMILIES = [
  "trajectory.linear",
  "trajectory.nonlinearity",
  "moderation.interaction",
  "support item.r",
  "leavers.contrast",
];

const share = (hits: number, of: number) => (of > 0 ? hits / of : null);

function summariseEstimand(
  id: string,
  runs: readonly PublishedEstimands[],
  truth: ScenarioTruth,
): EstimandSummary {
  const values = runs.flatMap((run) => (run.values[id] ? [run.values[id]] : []));
  const known = truth.estimands[id];
  const t = known?.value ?? null;
  const estimates = values.map((v) => v.estimate);
  const mean = estimates.reduce((a, b) => a + b, 0) / estimates.length;
  const sd = Math.sqrt(
    estimates.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, estimates.length - 1),
  );
  const withCi = values.filter((v) => v.ci !== null);
  const tested = values.filter((v) => v.p !== null);
  const impliedSe = withCi.map((v) => (v.ci![1] - v.ci![0]) / (2 * normalQuantile(1 - (1 - v.ciLevel) / 2)));
  const meanSe = impliedSe.reduce((a, b) => a + b, 0) / impliedSe.length;
  return {
    id,
    truth: t,
    h0: known?.h0 ?? false,
    reps: values.length,
    mean,
    bias: t === null ? null : mean - t,
    rmse: t === null ? null : Math.sqrt(estimates.reduce((a, e) => a + (e - t) ** 2, 0) / estimates.length),
    sd,
    seRatio: withCi.length > 1 && sd > 0 ? meanSe / sd : null,
    coverage:
      t === null ? null : share(withCi.filter((v) => v.ci![0] <= t && t <= v.ci![1]).length, withCi.length),
    ciLevel: withCi[0]?.ciLevel ?? null,
    reject: share(tested.filter((v) => v.p! < ALPHA).length, tested.length),
    rejectRaw: share(tested.filter((v) => v.pRaw! < ALPHA).length, tested.length),
  };
}

/**
 * Summarises replications of the published analysis against a scenario's true estimands (Morris, White &
 * Crowther 2019, Stat. Med. 38, 2074–2102): per estimand the mean estimate, bias, RMSE, empirical SD, the ratio of
 * the standard error the intervals imply to that SD, the coverage of its published interval and the rejection rate of its test (power, or the false-positive rate
 * where the null is true by construction); the share of each leaver verdict; and, per family of tests, the
 * share of replications in which any member rejects. Estimands appear in the order first published.
 *
 * Cost: O(reps · estimands).
 *
 * @example
 * summariseReplications(runs, truth).familyWise; // [{ family: "moderation.interaction", reject: 0.05 }, …]
 */
export function summariseReplications(
  runs: readonly PublishedEstimands[],
  truth: ScenarioTruth,
): ValidationSummary {
  const ids = [...new Set(runs.flatMap((run) => Object.keys(run.values)))];
  const counts: Record<string, Record<string, number>> = {};
  for (const run of runs)
    for (const [outcome, verdict] of Object.entries(run.verdicts)) {
      const byVerdict = (counts[outcome] ??= {});
      byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
    }
  const verdicts = Object.fromEntries(
    Object.entries(counts).map(([outcome, byVerdict]) => [
      outcome,
      Object.fromEntries(Object.entries(byVerdict).map(([verdict, k]) => [verdict, k / runs.length])),
    ]),
  );
  const familyWise = FAMILIES.map((family) => ({
    family,
    reject:
      runs.filter((run) =>
        Object.entries(run.values).some(
          ([id, v]) => id.startsWith(`${family}:`) && v.p !== null && v.p < ALPHA,
        ),
      ).length / Math.max(1, runs.length),
  }));
  return {
    scenario: truth.scenario,
    reps: runs.length,
    estimands: ids.map((id) => summariseEstimand(id, runs, truth)),
    verdicts,
    familyWise,
  };
}

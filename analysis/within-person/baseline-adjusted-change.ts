import { SUPPORT_LEVELS } from "../charts/support-level-style";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { tQuantile } from "../distributions/index";
import { meanCI } from "../mean-ci";
import { ols, type OlsCoefficient, type OlsFit } from "../ols";
import type { IntervalEstimate, LevelChange, WithinPersonScale } from "./types";
import type { WavePairs } from "./wave-pairs";

/** One ANCOVA coefficient with its t-based 95 % CI. */
export type AncovaCoefficient = OlsCoefficient & { ci95: [number, number] };

/** Result of {@link baselineAdjustedChange} for one scale. */
export interface BaselineAdjustedChange {
  scale: WithinPersonScale;
  waves: readonly [number, number];
  /** why nothing is reported (fewer than k people with support, or too few to fit); null when reported */
  suppressedBecause: string | null;
  /** people with the scale at both waves and a baseline support; null when suppressed */
  n: number | null;
  /** later = b0 + b1·earlier + b2·support (+ b3·months): classical (not HC3) SEs on the residual df */
  model: { coefficients: Record<string, AncovaCoefficient>; df: number; sigma: number; r2: number } | null;
  /** the adjusted changes are evaluated at this earlier score (the analysed people's mean) */
  meanEarlier: number | null;
  byLevel: LevelChange[];
}

/** Where each level is drawn from: its index (0 low … 2 high) by the baseline-sample tertile cuts. */
const levelOf = (support: number, cuts: readonly [number, number]) =>
  support <= cuts[0] ? 0 : support <= cuts[1] ? 1 : 2;

const mean = (x: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]!;
  return sum / x.length;
};

/** c·β − ē and its SE √(cᵀVc), with the t interval on the fit's df. */
function adjustedAt(fit: OlsFit, point: number[], meanEarlier: number): IntervalEstimate {
  const estimate =
    point.reduce((s, c, j) => s + c * fit.coefficients[fit.names[j]!]!.estimate, 0) - meanEarlier;
  let variance = 0;
  point.forEach((ci, i) => point.forEach((cj, j) => (variance += ci * cj * fit.vcov[i]![j]!)));
  const se = Math.sqrt(variance);
  const half = tQuantile(0.975, fit.df) * se;
  return { estimate, se, ci95: [estimate - half, estimate + half] };
}

type Columns = Record<"earlier" | "later" | "support" | "months", Float64Array>;
type Settings = {
  waves: readonly [number, number];
  cuts: readonly [number, number] | null;
  minCellSize: number;
  adjustForMonths: boolean;
};

/** Each level's adjusted and raw change, or its suppression (all levels in one margin: the total is published). */
function levelChanges(fit: OlsFit, data: Columns, settings: Settings): LevelChange[] {
  const { earlier, later, support, months } = data;
  const levels = Int8Array.from(support, (s) => levelOf(s, settings.cuts!));
  const status = suppressSmallCells(
    SUPPORT_LEVELS.map((_, g) => ({ n: levels.filter((l) => l === g).length, margins: ["all"] })),
    settings.minCellSize,
  );
  const meanEarlier = mean(earlier);
  return SUPPORT_LEVELS.map((level, g): LevelChange => {
    const members = Array.from(levels.keys()).filter((i) => levels[i] === g);
    const hidden = status[g]!;
    if (hidden !== "shown") return { level, suppressed: true, hidden, n: null };
    const meanSupport = mean(members.map((i) => support[i]!));
    const point = [1, meanEarlier, meanSupport, ...(settings.adjustForMonths ? [mean(months)] : [])];
    const change = meanCI(members.map((i) => later[i]! - earlier[i]!));
    const raw = { estimate: change.mean, se: change.sd / Math.sqrt(change.n), ci95: change.ci95 };
    const adjusted = adjustedAt(fit, point, meanEarlier);
    return { level, suppressed: false, n: members.length, meanSupport, adjusted, raw };
  });
}

/**
 * Baseline-adjusted change between two waves by institutional support (ANCOVA; Senn 2006, "Change from baseline
 * and analysis of covariance revisited", Statistics in Medicine 25, 4334–4344): later = b0 + b1·earlier +
 * b2·support (+ b3·months between the waves), fitted by {@link ols} with classical SEs (the project keeps HC3 for
 * the straight tenure slope only, decision 031). Each support level (tertiles of the baseline sample, as
 * `supportLevels`) reports the adjusted change, the model's later score at the analysed people's mean earlier
 * score, the level's mean support (and mean months) minus that mean earlier score, with its t interval; and the
 * raw mean of later − earlier with its paired t interval. Levels below k are hidden ("primary"), and one more if
 * exactly one is, since the total n is published ({@link suppressSmallCells}).
 *
 * Cost: O(n) for n people.
 *
 * @throws Error "analyseWithinPerson cannot adjust for months between waves: every person has the same gap"
 * @param pairs the people scored at both waves ({@link wavePairs})
 * @param cuts the baseline sample's support tertile cuts, null when it has fewer than 3 support scores
 * @example
 * baselineAdjustedChange(pairs, scale, { waves: [1, 2], cuts: [35.7, 66.3], minCellSize: 10, adjustForMonths: false })
 *   .byLevel[0]; // { level: "low", suppressed: false, n: 16, adjusted: { estimate: 5.38, … }, raw: … }
 */
export function baselineAdjustedChange(
  pairs: WavePairs,
  scale: WithinPersonScale,
  settings: Settings,
): BaselineAdjustedChange {
  const keep = Array.from(pairs.support.keys()).filter((i) => Number.isFinite(pairs.support[i]));
  const pick = (x: Float64Array) => Float64Array.from(keep, (i) => x[i]!);
  const [earlier, later, support, months] = [pairs.earlier, pairs.later, pairs.support, pairs.months].map(
    pick,
  ) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const n = earlier.length;
  const k = settings.minCellSize;
  const covariates = settings.adjustForMonths ? 4 : 3;
  const hideAll = (because: string): BaselineAdjustedChange => ({
    scale,
    waves: settings.waves,
    suppressedBecause: because,
    n: null,
    model: null,
    meanEarlier: null,
    byLevel: SUPPORT_LEVELS.map((level) => ({ level, suppressed: true, hidden: "primary", n: null })),
  });
  if (n < k) return hideAll(`fewer than ${k} people have this scale at both waves and a baseline support`);
  if (n < covariates + 2 || settings.cuts === null) return hideAll("too few people to fit the model");
  if (settings.adjustForMonths && months.every((m) => m === months[0])) {
    throw new Error(
      "analyseWithinPerson cannot adjust for months between waves: every person has the same gap",
    );
  }
  const fit = ols(later, { earlier, support, ...(settings.adjustForMonths ? { months } : {}) });
  const byLevel = levelChanges(fit, { earlier, later, support, months }, settings);
  const tCrit = tQuantile(0.975, fit.df);
  const coefficients = Object.fromEntries(
    fit.names.map((name) => {
      const c = fit.coefficients[name]!;
      return [
        name,
        { ...c, ci95: [c.estimate - tCrit * c.se, c.estimate + tCrit * c.se] as [number, number] },
      ];
    }),
  );
  return {
    scale,
    waves: settings.waves,
    suppressedBecause: null,
    n,
    meanEarlier: mean(earlier),
    byLevel,
    model: { coefficients, df: fit.df, sigma: fit.sigma, r2: fit.r2 },
  };
}

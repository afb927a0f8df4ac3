import { median } from "simple-statistics";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { ols } from "../ols";
import { tostCoefficient } from "../tost-coefficient";
import type { AnalysisTable } from "./build-analysis-table";
import { coefficientWithCI } from "./coefficient-with-ci";
import { completeCases } from "./complete-cases";
import { leaverConclusion } from "./leaver-conclusion";
import { publishedMean } from "./mean-cell";
import type { ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, BandMean, LeaverAnalysis, LeaverOutcome } from "./results-types";
import type { TestFamilies } from "./test-families";
import { bandCounts } from "./trajectory-fit";
import { bandIndex } from "./value-bands";

type Column = Float64Array;

/** Stayers' and leavers' means under the small-cell rule; an outcome asked only of leavers has no stayers' cell. */
function stayersAndLeavers(table: AnalysisTable, y: Column, settings: AnalysisSettings) {
  const [stayerValues] = completeCases([y], (i) => table.leaver[i] === 0);
  const [leaverValues] = completeCases([y], (i) => table.leaver[i] === 1);
  // An outcome asked only of leavers has no stayers' cell (a structural zero, not a small one).
  const measuredInStayers = stayerValues!.length > 0;
  const counts = measuredInStayers ? [stayerValues!.length, leaverValues!.length] : [leaverValues!.length];
  const status = suppressSmallCells(
    counts.map((n) => ({ n, margins: ["all"] })),
    settings.minCellSize,
  );
  const [stayersStatus, leaversStatus] = measuredInStayers ? status : [undefined, status[0]!];
  const stayers = stayersStatus ? publishedMean(stayerValues!, stayersStatus, settings) : null;
  const leavers = publishedMean(leaverValues!, leaversStatus!, settings);
  return { stayers, leavers, shownLeavers: leaversStatus === "shown" };
}

/** Leavers' means by years-since-leaving band, each band under the small-cell rule against the leavers' total. */
function bySinceLeaving(
  table: AnalysisTable,
  y: Column,
  ysl: Column,
  bands: ResolvedRoles["yearsSinceLeaving"]["bands"],
  settings: AnalysisSettings & { shownLeavers: boolean },
): BandMean[] {
  const [yb, xb] = completeCases([y, ysl], (i) => table.leaver[i] === 1) as [Float64Array, Float64Array];
  // Bands of hidden leavers are hidden with them (for the same reason as the leavers' total).
  const bandStatus = suppressSmallCells(
    bandCounts(xb, bands).map((n) => ({
      n,
      margins: ["leavers"],
      preset: settings.shownLeavers ? undefined : n < settings.minCellSize ? "primary" : "complementary",
    })),
    settings.minCellSize,
  );
  return bands.map((band, b) => {
    const values: number[] = [];
    const xs: number[] = [];
    xb.forEach((x, i) => {
      if (bandIndex(bands, x) === b) {
        values.push(yb[i]!);
        xs.push(x);
      }
    });
    const estimate = publishedMean(values, bandStatus[b]!, settings);
    const x = estimate.suppressed ? null : median(xs);
    return { band: band.label, from: band.from, to: band.to, x, estimate };
  });
}

/** The recovery model and its equivalence test, both entered in their test families (slope first). */
function recoveryModel(
  columns: { y: Column; yearsSince: Column; yearsIn: Column },
  outcome: ResolvedRoles["leaverOutcomes"][number],
  settings: AnalysisSettings,
  families: TestFamilies,
): Pick<LeaverOutcome, "model" | "equivalence"> {
  const fit = ols(columns.y, { yearsSinceLeaving: columns.yearsSince, yearsInSupport: columns.yearsIn });
  const slope = coefficientWithCI(fit.coefficients.yearsSinceLeaving!, fit.df);
  const model = {
    n: fit.n,
    r2: fit.r2,
    yearsSinceLeaving: families.add("leavers-slope", outcome.id, { ...slope }),
    yearsInSupport: coefficientWithCI(fit.coefficients.yearsInSupport!, fit.df),
    intercept: coefficientWithCI(fit.coefficients["(Intercept)"]!, fit.df),
  };
  const span = settings.equivalence.spanYears;
  const bound = settings.equivalence.boundShareOfRange * (outcome.range[1] - outcome.range[0]);
  const change = span * slope.estimate;
  const tost = tostCoefficient({ estimate: change, se: span * slope.se, df: fit.df }, bound);
  const equivalence = families.add("leavers-equivalence", outcome.id, {
    bound,
    spanYears: span,
    change,
    ci90: tost.ci90,
    pLower: tost.pLower,
    pUpper: tost.pUpper,
    p: tost.p,
    equivalent: tost.equivalent,
  });
  return { model, equivalence };
}

/** One leaver outcome: the means, and the model when there are enough leavers with every variable. */
function leaverOutcome(
  table: AnalysisTable,
  roles: ResolvedRoles,
  outcome: ResolvedRoles["leaverOutcomes"][number],
  settings: AnalysisSettings,
  families: TestFamilies,
): LeaverOutcome {
  const k = settings.minCellSize;
  const y = table.columns.get(outcome.id)!;
  const ysl = table.columns.get(roles.yearsSinceLeaving.id)!;
  const { stayers, leavers, shownLeavers } = stayersAndLeavers(table, y, settings);
  const byYearsSinceLeaving = bySinceLeaving(table, y, ysl, roles.yearsSinceLeaving.bands, {
    ...settings,
    shownLeavers,
  });
  const [ym, yearsSince, yearsIn] = completeCases(
    [y, ysl, table.columns.get(roles.tenure.id)!],
    (i) => table.leaver[i] === 1,
  ) as Float64Array[];
  let fitted: Pick<LeaverOutcome, "model" | "equivalence"> = { model: null, equivalence: null };
  let note: string | null =
    `fewer than ${Math.max(k, 10)} leavers with the outcome, years since leaving and tenure`;
  if (ym!.length >= Math.max(k, 10) && shownLeavers) {
    try {
      fitted = recoveryModel(
        { y: ym!, yearsSince: yearsSince!, yearsIn: yearsIn! },
        outcome,
        settings,
        families,
      );
      note = null;
    } catch (error) {
      note = error instanceof Error ? error.message : String(error);
    }
  }
  const base = { outcome, stayers, leavers, byYearsSinceLeaving, ...fitted, note };
  return { ...base, conclusion: "not estimated", statement: "" };
}

/**
 * Erosive or depletive? Among people who have left support, each leaver outcome against years since leaving,
 * adjusted for years in support: `lm(outcome ~ yearsSinceLeaving + yearsInSupport)` ({@link ols}). A
 * significant negative slope (corrected across outcomes) is recovery; "no recovery" is concluded only when the
 * adjusted change over `spanYears` since leaving is shown to lie within ±bound by two one-sided tests
 * ({@link tostCoefficient}; bound = the settings' share of the outcome's range, 10 points on 0–100), never from
 * a non-significant slope. Also the stayers' and leavers' means and the leavers' means by years-since-leaving
 * band, under the small-cell rule (complementary suppression against the published totals).
 *
 * Cost: O(outcomes · n).
 *
 * @example
 * leaverAnalysis(table, roles, settings, families).outcomes[0].conclusion; // "inconclusive", …
 */
export function leaverAnalysis(
  table: AnalysisTable,
  roles: ResolvedRoles,
  settings: AnalysisSettings,
  families: TestFamilies,
): LeaverAnalysis {
  const leaverCount = table.leaver.filter((l) => l === 1).length;
  const outcomes = roles.leaverOutcomes.map((outcome) =>
    leaverOutcome(table, roles, outcome, settings, families),
  );
  return { n: leaverCount >= settings.minCellSize ? leaverCount : null, outcomes };
}

/** Fills in each outcome's conclusion once the p-values have been adjusted. */
export function concludeLeavers(leavers: LeaverAnalysis): void {
  for (const outcome of leavers.outcomes) Object.assign(outcome, leaverConclusion(outcome));
}

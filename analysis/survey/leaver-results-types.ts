import type { CurvePoint } from "../charts/chart-types";
import type { AnalysisVariable } from "./resolve-roles";
import type { AdjustedP, BandMean, Coefficient, MeanCell } from "./results-types";

// The leavers' part of SurveyResults (decision 026), re-exported by results-types.ts.

/** The leavers' plan as run: from the instrument's analysis plan, or the default for versions without one. */
export interface LeaverPlanSettings {
  source: "analysis plan" | "default";
  yearsSinceLeaving: { kind: "restricted cubic spline"; knots: number } | { kind: "log1p" };
  /** the estimand: predicted outcome at `toYears` since leaving minus at `fromYears` */
  contrast: { fromYears: number; toYears: number };
  description: string;
}

/** Predicted outcome at `toYears` since leaving minus at `fromYears`, adjusted for years in support. */
export interface LeaverContrast extends Coefficient, AdjustedP {
  fromYears: number;
  toYears: number;
}

export interface LeaverOutcome {
  outcome: AnalysisVariable;
  stayers: MeanCell | null;
  leavers: MeanCell;
  byYearsSinceLeaving: BandMean[];
  /** the equivalence bound B, in points on the outcome's scale, and why it is that wide (the plan's words) */
  bound: number;
  justification: string;
  /** outcome ~ f(yearsSinceLeaving) + yearsInSupport among leavers, f the plan's spline or ln(1 + years) */
  model: {
    n: number;
    r2: number;
    terms: LeaverPlanSettings["yearsSinceLeaving"]["kind"];
    /** the spline's knots (years since leaving), null for ln(1 + years) */
    knots: number[] | null;
    /** the years since leaving the curve spans: the k-th smallest to the k-th largest among the model's leavers */
    range: [number, number];
    yearsInSupport: Coefficient;
    contrast: LeaverContrast;
    /** predicted outcome over `range`, at the leavers' mean years in support, with its 95 % band */
    curve: CurvePoint[];
  } | null;
  /** TOST of the contrast against ±bound: "equivalent" only if its 90 % CI lies inside */
  equivalence:
    | ({
        bound: number;
        difference: number;
        ci90: [number, number];
        pLower: number;
        pUpper: number;
        equivalent: boolean;
      } & AdjustedP)
    | null;
  conclusion: "equivalent" | "different" | "inconclusive" | "not estimated";
  /** the conclusion as published, naming the bound: "equivalent within ±10 points", … */
  verdict: string;
  /** why the model is missing (too few leavers, a contrast outside their years, or an error) */
  note: string | null;
  statement: string;
}

/** The leavers' analysis. */
export interface LeaverAnalysis {
  n: number | null;
  outcomes: LeaverOutcome[];
}

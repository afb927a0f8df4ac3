import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";

export type Behaviour = "attentive" | "attention-failure" | "speeder" | "straight-liner";

/** One synthetic respondent's latent traits, from which every answer is drawn. */
export interface RespondentProfile {
  behaviour: Behaviour;
  /** Years in support (T), on the instrument's 0.5 grid. */
  tenure: number;
  left: boolean;
  /** Years since leaving (leavers only, else 0), on the 0.5 grid. */
  yearsSinceLeft: number;
  /** Institutional support S ~ N(0, 1). */
  support: number;
  /** Exposure to hostile contacts H ~ N(0, 1). */
  exposure: number;
  /** Erosion on the job (E), which capacity, protective restructuring and the job-related CBI scales read. */
  erosion: number;
  /** Erosion as it is now: E for those still in support, E_left for leavers. */
  erosionNow: number;
  /** Scale-specific deviations v for cbi_personal, cbi_work, cbi_client and protective restructuring. */
  deviation: { personal: number; work: number; client: number; protective: number };
  /** Person-level reading speed factor (lognormal). */
  speed: number;
}

const roundToHalf = (value: number): number => Math.round(value * 2) / 2;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** g(T) = ln(1 + T) − ln(1 + 5): concave in tenure, zero at the median tenure. */
export function tenureCurve(tenure: number): number {
  return Math.log1p(tenure) - Math.log1p(M.erosion.tenureCentre);
}

/** Draws one respondent's latent profile (see the model in `analysis/synthetic-panel.ts`). */
export function drawProfile(draws: Draws): RespondentProfile {
  const behaviourDraw = draws.uniform();
  const behaviour: Behaviour =
    behaviourDraw < M.behaviour.speeder
      ? "speeder"
      : behaviourDraw < M.behaviour.speeder + M.behaviour.straightLiner
        ? "straight-liner"
        : draws.chance(M.behaviour.attentionFailure)
          ? "attention-failure"
          : "attentive";
  const tenure = clamp(
    roundToHalf(M.tenure.median * Math.exp(M.tenure.logSd * draws.normal())),
    M.tenure.min,
    M.tenure.max,
  );
  const support = draws.normal();
  const exposure = draws.normal();
  const { beta, delta, supportMain, exposure: exposureWeight, residualSd } = M.erosion;
  const erosion =
    beta * tenureCurve(tenure) * Math.exp(-delta * support) -
    supportMain * support +
    exposureWeight * exposure +
    residualSd * draws.normal();
  const left = draws.chance(M.leaving.share);
  const yearsSinceLeft = left
    ? clamp(
        roundToHalf(M.leaving.yearsMedian * Math.exp(M.leaving.yearsLogSd * draws.normal())),
        0,
        M.leaving.yearsMax,
      )
    : 0;
  const { floor, persist, fade, fadeYears } = M.persistence;
  const erosionNow = left
    ? floor + (persist + fade * Math.exp(-yearsSinceLeft / fadeYears)) * (erosion - floor)
    : erosion;
  const deviation = {
    personal: M.scaleSd * draws.normal(),
    work: M.scaleSd * draws.normal(),
    client: M.scaleSd * draws.normal(),
    protective: M.scaleSd * draws.normal(),
  };
  const speed = Math.exp(M.timing.personLogSd * draws.normal());
  return {
    behaviour,
    tenure,
    left,
    yearsSinceLeft,
    support,
    exposure,
    erosion,
    erosionNow,
    deviation,
    speed,
  };
}

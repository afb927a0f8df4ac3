import { PANEL_MODEL as M } from "./model-parameters";
import { PANEL_SCENARIOS } from "./panel-scenarios";
import type { Draws } from "./random-draws";
import type { AfterLeavingModel, LeavingModel, PanelScenario } from "./scenario-types";

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
  /** What protective restructuring reads: E, or its own latent in the separate-latents scenario. */
  protectiveLatent: number;
  /** Scale-specific deviations v for cbi_personal, cbi_work, cbi_client and protective restructuring. */
  deviation: { personal: number; work: number; client: number; protective: number };
  /** Person-level reading speed factor (lognormal). */
  speed: number;
}

const roundToHalf = (value: number): number => Math.round(value * 2) / 2;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** g(T) = ln(1 + T) − ln(1 + anchor): concave in tenure, zero at the anchor (the demo's: the median, 5 years). */
export function tenureCurve(tenure: number, anchor: number = M.erosion.tenureCentre): number {
  return Math.log1p(tenure) - Math.log1p(anchor);
}

function hasLeft(model: LeavingModel, draws: Draws, tenure: number, erosion: number): boolean {
  if (model.kind === "share") return draws.chance(model.share);
  return draws.chance(1 - Math.exp(-model.perYear * tenure * Math.exp(model.perErosion * erosion)));
}

export function erosionAfterLeaving(
  model: AfterLeavingModel,
  erosion: number,
  yearsSinceLeft: number,
): number {
  switch (model.kind) {
    case "unchanged":
      return erosion;
    case "linear recovery":
      return erosion - model.perYear * yearsSinceLeft;
    case "fading persistence": {
      const { floor, persist, fade, fadeYears } = model;
      return floor + (persist + fade * Math.exp(-yearsSinceLeft / fadeYears)) * (erosion - floor);
    }
  }
}

/**
 * Draws one respondent's latent profile under a scenario (default: the demo's model, the equations in
 * `analysis/synthetic-panel.ts`; the other scenarios in `panel-scenarios.ts`). The demo draws exactly the
 * numbers it always has, in the same order; the separate-latents scenario draws one more normal, last.
 */
export function drawProfile(draws: Draws, scenario: PanelScenario = PANEL_SCENARIOS.demo): RespondentProfile {
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
  const e = scenario.erosion;
  const erosion =
    e.beta * tenureCurve(tenure, e.anchorTenure) * Math.exp(-e.delta * support) -
    e.supportMain * support +
    e.exposure * exposure +
    e.residualSd * draws.normal() +
    e.shift;
  const left = hasLeft(scenario.leaving, draws, tenure, erosion);
  const yearsSinceLeft = left
    ? clamp(
        roundToHalf(M.leaving.yearsMedian * Math.exp(M.leaving.yearsLogSd * draws.normal())),
        0,
        M.leaving.yearsMax,
      )
    : 0;
  const erosionNow = left ? erosionAfterLeaving(scenario.afterLeaving, erosion, yearsSinceLeft) : erosion;
  const deviation = {
    personal: M.scaleSd * draws.normal(),
    work: M.scaleSd * draws.normal(),
    client: M.scaleSd * draws.normal(),
    protective: M.scaleSd * draws.normal(),
  };
  const speed = Math.exp(M.timing.personLogSd * draws.normal());
  const p = scenario.protective;
  const protectiveLatent =
    p.kind === "erosion"
      ? erosion
      : p.mean + p.rho * (erosion - p.mean) + Math.sqrt(1 - p.rho ** 2) * p.sd * draws.normal();
  return {
    behaviour,
    tenure,
    left,
    yearsSinceLeft,
    support,
    exposure,
    erosion,
    erosionNow,
    protectiveLatent,
    deviation,
    speed,
  };
}

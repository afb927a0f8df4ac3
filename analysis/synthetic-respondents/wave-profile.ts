import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";
import { erosionAfterLeaving, tenureCurve, type RespondentProfile } from "./respondent-profile";
import type { PanelScenario } from "./scenario-types";

/** SD of the occasion deviation added to erosion at each later wave (latent units; the person-level residual is 0.55). */
export const OCCASION_SD = 0.2;

/**
 * The same person `months` after their first wave, under the scenario's model: latents (support, exposure, the
 * erosion residual, scale deviations, speed, behaviour) are kept; tenure grows by the gap for those still in support,
 * and erosion moves along the model's tenure curve, E(T + Δ) = E(T) + β·exp(−δ·S)·(g(T + Δ) − g(T)), plus an occasion
 * deviation N(0, 0.2²) drawn afresh at each wave (mood, a bad week). Leavers stop adding tenure; their years since
 * leaving grow and their erosion now follows the scenario's after-leaving model. Nobody leaves between waves.
 */
export function profileAfter(
  first: RespondentProfile,
  scenario: PanelScenario,
  months: number,
  draws: Draws,
): RespondentProfile {
  const years = months / 12;
  const e = scenario.erosion;
  const tenure = first.left ? first.tenure : Math.min(M.tenure.max, first.tenure + years);
  const alongCurve =
    e.beta *
    Math.exp(-e.delta * first.support) *
    (tenureCurve(tenure, e.anchorTenure) - tenureCurve(first.tenure, e.anchorTenure));
  const erosion = first.erosion + alongCurve + OCCASION_SD * draws.normal();
  const yearsSinceLeft = first.left ? first.yearsSinceLeft + years : 0;
  const erosionNow = first.left
    ? erosionAfterLeaving(scenario.afterLeaving, erosion, yearsSinceLeft)
    : erosion;
  const p = scenario.protective;
  const protectiveLatent =
    p.kind === "erosion" ? erosion : first.protectiveLatent + p.rho * (erosion - first.erosion);
  return { ...first, tenure, yearsSinceLeft, erosion, erosionNow, protectiveLatent };
}

import { PANEL_MODEL as M } from "./model-parameters";
import type { ErosionModel, PanelScenario, ScenarioName } from "./scenario-types";

const DEMO_EROSION: ErosionModel = { ...M.erosion, anchorTenure: M.erosion.tenureCentre, shift: 0 };
const FADING = { kind: "fading persistence", ...M.persistence } as const;
const LEAVING = { kind: "share", share: M.leaving.share } as const;

/**
 * The demo's tenure curve anchored at the shortest tenure (0.5 years) instead of the median, so support never
 * raises erosion; `shift` puts E at S = 0 where the demo has it. With delta 0.25 and supportMain 0.1 the support
 * effect at the mean tenure stays near the demo's (about −0.4 latent units per SD rather than −0.3) and the
 * tenure slope at S = +1 is exp(−0.5) = 0.61 times the slope at S = −1 (the demo: 0.37, with the crossover).
 */
const PLANTED_EROSION: ErosionModel = {
  beta: M.erosion.beta,
  delta: 0.25,
  supportMain: 0.1,
  exposure: M.erosion.exposure,
  residualSd: M.erosion.residualSd,
  anchorTenure: 0.5,
  shift: M.erosion.beta * (Math.log1p(0.5) - Math.log1p(M.erosion.tenureCentre)),
};

/**
 * The scenarios `generateSyntheticPanel` can draw from. Every scenario shares the demo's tenure, support,
 * exposure, item, capacity, careless-responding, timing and date models (`model-parameters.ts`); they differ in
 * how erosion depends on tenure and support, who leaves, what leaving does, and what protective restructuring
 * reads. Their true estimands (what the survey analysis converges to, per published number) are in
 * `scenario-truth.json` beside this file, written by `npm run validate:truth`.
 */
export const PANEL_SCENARIOS: Readonly<Record<ScenarioName, PanelScenario>> = {
  demo: {
    name: "demo",
    description:
      "Today's seeded demo, byte for byte: concave tenure curve centred at 5 years and multiplied by " +
      "exp(−0.5·S), so below about 2 years of tenure support raises erosion (a crossover); 17 % have left, " +
      "independently of erosion; after leaving, erosion drops and then fades slowly.",
    erosion: DEMO_EROSION,
    leaving: LEAVING,
    afterLeaving: FADING,
    protective: { kind: "erosion" },
  },
  null: {
    name: "null",
    description:
      "No tenure effect (beta = 0), no tenure × support moderation, no change after leaving (E_now = E); " +
      "support still lowers erosion (−0.3 per SD) and hostile contacts still raise it.",
    erosion: { ...DEMO_EROSION, beta: 0, delta: 0 },
    leaving: LEAVING,
    afterLeaving: { kind: "unchanged" },
    protective: { kind: "erosion" },
  },
  "null-support": {
    name: "null-support",
    description:
      "The null scenario with support that changes nothing either (supportMain = 0): no tenure effect, no " +
      "moderation, no support effect, no change after leaving, so every support effect, contrast and " +
      "support-item correlation is zero; hostile contacts still raise erosion.",
    erosion: { ...DEMO_EROSION, beta: 0, delta: 0, supportMain: 0 },
    leaving: LEAVING,
    afterLeaving: { kind: "unchanged" },
    protective: { kind: "erosion" },
  },
  planted: {
    name: "planted",
    description:
      "The demo's structure without the crossover: erosion rises concavely with tenure from the shortest " +
      "tenure, less steeply where support is high (slope ratio 0.61 between S = +1 and S = −1), and support " +
      "lowers erosion at every tenure; leaving as in the demo.",
    erosion: PLANTED_EROSION,
    leaving: LEAVING,
    afterLeaving: FADING,
    protective: { kind: "erosion" },
  },
  survivor: {
    name: "survivor",
    description:
      "The planted structure, but the most eroded leave more often: each year in support a person leaves " +
      "with hazard 0.011·exp(1.5·E) (17 % have left overall, about half of those with 10–20 years and " +
      "three in four of those with more), so stayers at long tenure are those who eroded least.",
    erosion: PLANTED_EROSION,
    leaving: { kind: "erosion hazard", perYear: 0.011, perErosion: 1.5 },
    afterLeaving: FADING,
    protective: { kind: "erosion" },
  },
  recovery: {
    name: "recovery",
    description:
      "The planted structure, but erosion is lower the longer ago a person left: 0.34 latent units lower for " +
      "every year since leaving, with no drop at the moment of leaving. The rate is set so that the analysis " +
      "plan's contrast (people who left 4 against 1 year ago, adjusted for years in support) converges to about " +
      "−20 points on CBI personal burnout, twice its ±10-point bound, and to about −17 points on the drain item " +
      "(1.3 times its ±12.5-point bound); the latent difference is larger, because the scale's floor flattens it.",
    erosion: PLANTED_EROSION,
    leaving: LEAVING,
    afterLeaving: { kind: "linear recovery", perYear: 0.34 },
    protective: { kind: "erosion" },
  },
  "separate-latents": {
    name: "separate-latents",
    description:
      "The planted structure, but protective restructuring reads its own latent, correlated 0.6 with erosion " +
      "(instead of erosion itself), so it is a distinct construct that shares part of the tenure and support " +
      "structure.",
    erosion: PLANTED_EROSION,
    leaving: LEAVING,
    afterLeaving: FADING,
    protective: { kind: "own latent", rho: 0.6, mean: 0.07, sd: 0.95 },
  },
};

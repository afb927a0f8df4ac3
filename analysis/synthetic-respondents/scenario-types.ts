/** The named data-generating scenarios of the synthetic panel (definitions in `panel-scenarios.ts`). */
export const SCENARIO_NAMES = [
  "demo",
  "null",
  "null-support",
  "planted",
  "survivor",
  "recovery",
  "separate-latents",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/**
 * Erosion on the job: E = beta·g(T)·exp(−delta·S) − supportMain·S + exposure·H + residualSd·u + shift, with
 * g(T) = ln(1 + T) − ln(1 + anchorTenure). Where g is negative (T below the anchor) a positive S makes the
 * product less negative, so support *raises* E there when beta·delta·|g| > supportMain: anchoring g at the
 * shortest tenure (0.5 years) keeps g ≥ 0 and removes that crossover.
 */
export interface ErosionModel {
  beta: number;
  delta: number;
  supportMain: number;
  exposure: number;
  residualSd: number;
  anchorTenure: number;
  shift: number;
}

/** Who has left support: a fixed share, or a yearly hazard that rises with erosion (survivor selection). */
export type LeavingModel =
  | { kind: "share"; share: number }
  /** P(left) = 1 − exp(−perYear·T·exp(perErosion·E)): T years at a hazard that grows with erosion E. */
  | { kind: "erosion hazard"; perYear: number; perErosion: number };

/** Erosion now, for people who have left, Y years ago. */
export type AfterLeavingModel =
  /** E_now = floor + (persist + fade·exp(−Y/fadeYears))·(E − floor): a drop, then a slow fade. */
  | { kind: "fading persistence"; floor: number; persist: number; fade: number; fadeYears: number }
  /** E_now = E: leaving changes nothing. */
  | { kind: "unchanged" }
  /** E_now = E − perYear·Y: the same recovery every year since leaving. */
  | { kind: "linear recovery"; perYear: number };

/** What protective restructuring reads: erosion itself, or its own latent correlated rho with erosion. */
export type ProtectiveModel =
  | { kind: "erosion" }
  /** P = mean + rho·(E − mean) + √(1 − rho²)·sd·w, w ~ N(0, 1); mean and sd are E's (stated, not re-estimated). */
  | { kind: "own latent"; rho: number; mean: number; sd: number };

/** One scenario: its name, what it plants in words, and the parameters of each part of the model. */
export interface PanelScenario {
  name: ScenarioName;
  description: string;
  erosion: ErosionModel;
  leaving: LeavingModel;
  afterLeaving: AfterLeavingModel;
  protective: ProtectiveModel;
}

import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { createRng } from "../seeded-rng";
import { PANEL_SCENARIOS, type ScenarioName } from "../synthetic-panel";
import { createDraws } from "../synthetic-respondents/random-draws";
import { drawProfile } from "../synthetic-respondents/respondent-profile";
import type { PanelScenario } from "../synthetic-respondents/scenario-types";
import { normalQuantile } from "../distributions/normal-quantile";
import { pearsonR } from "../pearson-r";
import { runReplication } from "./run-replication";

/** The true value of one published estimand in one scenario. */
export interface EstimandTruth {
  /** what the analysis converges to as n grows; null for a test that publishes only a statistic and p */
  value: number | null;
  /** Monte Carlo standard error of `value` (half the draw's own CI width over z), 0 when exact */
  se: number;
  /** true when the value follows from the scenario's definition, not from the draw */
  exact: boolean;
  /** whether the estimand's test has a true null hypothesis (known only when exact; else false) */
  h0: boolean;
}

/** Summaries of the latent model, from the same number of drawn profiles. */
export interface LatentTruth {
  leftShare: number;
  erosionMean: number;
  erosionSd: number;
  /** correlation of the client-burnout and protective-restructuring latents (each with its scale deviation) */
  clientProtectiveCorrelation: number;
}

export interface ScenarioTruth {
  scenario: ScenarioName;
  description: string;
  /** the scenario's parameters when the truth was drawn (a test checks they are still the scenario's) */
  parameters: Omit<PanelScenario, "name" | "description">;
  draw: { n: number; seed: number };
  estimands: Record<string, EstimandTruth>;
  latent: LatentTruth;
}

/** Every estimand of support's association with an outcome: all zero when support does not enter erosion. */
const SUPPORT_PREFIXES = [
  "moderation.support at ",
  "support.r:",
  "support.difference:",
  "support.difference BCa:",
  "support.mann-whitney:",
  "support.hedges g:",
  "support.cliffs delta:",
  "support item.r:",
];

/**
 * Estimand id prefixes whose truth is exactly zero (a slope or coefficient) or a true null (a test) by the
 * scenario's construction: with beta = 0 and leaving independent of everything, tenure is independent of every
 * answer, so every tenure slope, the joint tenure × support interaction and the spline's departure
 * from linearity vanish; with supportMain = 0 as well, support (and each of its items) is independent of every
 * outcome, so every support effect, contrast and correlation vanishes; with E_now = E, years since leaving is
 * independent of every answer.
 */
export function exactNullPrefixes(scenario: PanelScenario): string[] {
  const tenureFree = scenario.erosion.beta === 0 && scenario.leaving.kind === "share";
  const supportFree = tenureFree && scenario.erosion.supportMain === 0;
  return [
    ...(tenureFree ? ["trajectory.linear:", "trajectory.nonlinearity:", "moderation.interaction:"] : []),
    ...(supportFree ? SUPPORT_PREFIXES : []),
    ...(scenario.afterLeaving.kind === "unchanged" ? ["leavers.contrast:", "leavers.contrast TOST:"] : []),
  ];
}

const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

function latentTruth(scenario: PanelScenario, n: number, seed: number): LatentTruth {
  const draws = createDraws(createRng(seed));
  const erosion = new Float64Array(n);
  const client = new Float64Array(n);
  const protective = new Float64Array(n);
  let left = 0;
  for (let i = 0; i < n; i++) {
    const p = drawProfile(draws, scenario);
    erosion[i] = p.erosion;
    client[i] = p.erosion + p.deviation.client;
    protective[i] = p.protectiveLatent + p.deviation.protective;
    if (p.left) left++;
  }
  const mean = erosion.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(erosion.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return {
    leftShare: significant(left / n, 4),
    erosionMean: significant(mean, 4),
    erosionSd: significant(sd, 4),
    clientProtectiveCorrelation: significant(pearsonR(client, protective) ?? Number.NaN, 4),
  };
}

/**
 * The true estimands of a scenario: the published numbers of one run of the analysis on an n-person panel
 * (n = 100,000 by default: Monte Carlo error about a tenth of an 800-person study's standard error, reported per
 * estimand), with the values the scenario fixes by construction made exact ({@link exactNullPrefixes}), and
 * summaries of its latent model from n drawn profiles.
 *
 * Cost: one replication at n (about a minute at 100,000), plus O(n) for the profiles.
 *
 * @example
 * scenarioTruth(definition, "null", { n: 100_000, seed: 20_261_101 }).estimands["moderation.interaction:cbi_client"];
 * // { value: 0, se: 0, exact: true, h0: true }
 */
export function scenarioTruth(
  definition: InstrumentDefinition,
  name: ScenarioName,
  { n, seed }: { n: number; seed: number },
): ScenarioTruth {
  const scenario = PANEL_SCENARIOS[name];
  const { values } = runReplication({ definition, scenario: name, n, seed, bootstrapB: 200 });
  const exact = exactNullPrefixes(scenario);
  const estimands: Record<string, EstimandTruth> = {};
  for (const [id, v] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (exact.some((prefix) => id.startsWith(prefix))) {
      estimands[id] = { value: v.ci ? 0 : null, se: 0, exact: true, h0: true };
      continue;
    }
    const z = normalQuantile(1 - (1 - v.ciLevel) / 2);
    estimands[id] = {
      value: v.ci ? significant(v.estimate, 6) : null,
      se: v.ci ? significant((v.ci[1] - v.ci[0]) / (2 * z), 2) : 0,
      exact: false,
      h0: false,
    };
  }
  const { name: _, description, ...parameters } = scenario;
  return {
    scenario: name,
    description,
    parameters,
    draw: { n, seed },
    estimands,
    latent: latentTruth(scenario, n, seed),
  };
}

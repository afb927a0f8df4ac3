import type { AnswerValue, Answers } from "../../instrument/answers";
import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";
import type { RespondentProfile } from "./respondent-profile";
import { ordinalLevel } from "./scale-answers";

type Rule = (profile: RespondentProfile, draws: Draws, earlier: Answers) => AnswerValue;

const clampRound = (value: number, min: number, max: number, step = 1): number =>
  Math.min(max, Math.max(min, Math.round(value / step) * step));

/** Option codes with their weights, e.g. { 1: 62, 2: 14 } (integer keys iterate in ascending order). */
export function codeWeights(weights: Record<number, number>): [number, number][] {
  return Object.entries(weights).map(([code, weight]) => [Number(code), weight]);
}

/** Each listed code chosen independently with its probability; `fallback` when none is. */
function pickSeveral(draws: Draws, chances: Record<number, number>, fallback: number): number[] {
  const chosen = codeWeights(chances)
    .filter(([, p]) => draws.chance(p))
    .map(([code]) => code);
  return chosen.length > 0 ? chosen : [fallback];
}

function liveShare(_: RespondentProfile, draws: Draws, earlier: Answers): number {
  const channels = Array.isArray(earlier.channels) ? earlier.channels : [];
  const liveMinutes = codeWeights({ 1: 35, 2: 20, 5: 15, 6: 10 });
  const base =
    10 + liveMinutes.reduce((sum, [code, share]) => sum + (channels.includes(code) ? share : 0), 0);
  return clampRound(base + 12 * draws.normal(), 0, 100, 5);
}

function capacityNow(profile: RespondentProfile, draws: Draws, earlier: Answers): number {
  const start = typeof earlier.capacity_start === "number" ? earlier.capacity_start : M.capacity.startMean;
  const now =
    start - M.capacity.drop - M.capacity.perErosion * profile.erosion + M.capacity.nowSd * draws.normal();
  return clampRound(now, 0, 10);
}

function practices(profile: RespondentProfile, draws: Draws): number[] {
  const breaks = profile.support > 0.5 ? 0.5 : 0.35;
  return pickSeveral(
    draws,
    { 1: 0.55, 2: breaks, 3: 0.5, 4: 0.5, 5: 0.15, 6: 0.12, 7: 0.1, 8: 0.35, 96: 0.05 },
    97,
  );
}

/**
 * Answers to the default instrument's context, capacity, exposure, restoration and leaving questions, drawn
 * from the respondent's profile (the equations are in `analysis/synthetic-panel.ts`). Choice lists are in
 * the definition's option order, as page validation returns them.
 */
export const CONTEXT_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ["consent", () => 1],
  ["age_18", () => 1],
  ["support_experience", () => 1],
  ["years_support", (p) => p.tenure],
  ["role", (p, d) => (p.left ? 5 : d.weighted(codeWeights({ 1: 62, 2: 14, 3: 9, 4: 15 })))],
  ["queue_type", (_, d) => d.weighted(codeWeights({ 1: 60, 2: 25, 3: 15 }))],
  ["channels", (_, d) => pickSeveral(d, { 1: 0.55, 2: 0.5, 3: 0.75, 4: 0.15, 5: 0.1, 6: 0.15, 96: 0.04 }, 3)],
  ["live_share", liveShare],
  ["org_size", (_, d) => d.weighted(codeWeights({ 1: 14, 2: 20, 3: 22, 4: 24, 5: 14, 98: 3, 99: 3 }))],
  ["region", (_, d) => d.weighted(codeWeights({ 1: 4, 2: 12, 3: 35, 4: 8, 5: 30, 6: 5, 99: 6 }))],
  ["capacity_start", (_, d) => clampRound(M.capacity.startMean + M.capacity.startSd * d.normal(), 0, 10)],
  ["capacity_now", capacityNow],
  ["hostile_freq", (p, d) => clampRound(3.2 + 1.1 * p.exposure + 0.4 * d.normal(), 1, 6)],
  ["asym_name", (p, d) => ordinalLevel(p.exposure, 2.5, 0.3, d) + 1],
  ["asym_face", (_, d) => ordinalLevel(0, 0.6, 0, d) + 1],
  ["asym_recorded", (_, d) => ordinalLevel(0, 2.8, 0, d) + 1],
  ["asym_customer_anon", (p, d) => ordinalLevel(p.exposure, 1.8, 0.4, d) + 1],
  ["proficiency_record", (_, d) => d.weighted(codeWeights({ 1: 20, 2: 20, 3: 60 }))],
  ["record_reread", (_, d) => d.weighted(codeWeights({ 1: 15, 2: 35, 3: 30, 4: 15, 5: 5 }))],
  ["record_after_hard", (_, d) => d.weighted(codeWeights({ 1: 50, 2: 35, 3: 15 }))],
  ["practices", practices],
  ["left_years_ago", (p) => p.yearsSinceLeft],
  ["left_strain_reason", (p, d) => clampRound(1.8 + 0.6 * p.erosion + 0.7 * d.normal(), 1, 3)],
  [
    "left_persisted",
    (p, d) => (d.chance(0.07) ? 98 : clampRound(2.6 + p.erosionNow + 0.8 * d.normal(), 1, 5)),
  ],
  ["left_drain_now", (p, d) => 5 - ordinalLevel(p.erosionNow, 1.2, 1, d)],
  ["left_worn_recall", (p, d) => 5 - ordinalLevel(p.erosionNow, 1.5, 1, d)],
]);

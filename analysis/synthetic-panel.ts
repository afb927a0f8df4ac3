import type { Answers } from "../instrument/answers";
import type { InstrumentDefinition, Page } from "../instrument/definition-schema";
import type { Item } from "../instrument/items";
import { createPresentation, type Presentation } from "../instrument/presentation-order";
import { answerFields } from "../instrument/traversal";
import { isPageVisible, visibleItems } from "../instrument/visibility";
import { createRng } from "./seeded-rng";
import { codeWeights } from "./synthetic-respondents/context-answers";
import {
  fieldAnswer,
  fieldToAnswer,
  type FieldToAnswer,
  type Respondent,
} from "./synthetic-respondents/field-answer";
import { PANEL_MODEL } from "./synthetic-respondents/model-parameters";
import { PANEL_SCENARIOS } from "./synthetic-respondents/panel-scenarios";
import {
  SCENARIO_NAMES,
  type PanelScenario,
  type ScenarioName,
} from "./synthetic-respondents/scenario-types";
import { pageSeconds, typicalPageSeconds } from "./synthetic-respondents/page-seconds";
import { createDraws, type Draws } from "./synthetic-respondents/random-draws";
import { drawProfile } from "./synthetic-respondents/respondent-profile";
import { SCALE_ROW_RULES } from "./synthetic-respondents/scale-answers";

export { PANEL_MODEL, PANEL_SCENARIOS };
export { SCENARIO_NAMES, type PanelScenario, type ScenarioName };

/** One synthetic response, shaped like a stored Response row. */
export interface SyntheticResponse {
  answers: Answers;
  presentation: Presentation;
  pageSeconds: Record<string, number>;
  durationSeconds: number;
  /** Calendar day, YYYY-MM-DD. */
  submittedOn: string;
  language: string;
}

export interface SyntheticPanelOptions {
  n: number;
  seed: number;
  /** Responses fall on the 90 days before this day (YYYY-MM-DD); fixed by default so output is reproducible. */
  start?: string;
  /** The data-generating scenario (PANEL_SCENARIOS); default "demo", the seeded demo's model. */
  scenario?: ScenarioName;
}

export const SYNTHETIC_PANEL_DEFAULT_START = "2026-11-01";

/** Items the model needs; anything else in a later version gets a generic valid answer. */
const CORE_ITEMS = ["years_support", "role", "capacity_start", "capacity_now", ...SCALE_ROW_RULES.keys()];
const LINE_CODES = codeWeights({ 1: 20, 2: 10, 3: 40, 4: 10, 5: 20 });

export function dayBefore(start: string, days: number): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

export function checkArguments(
  definition: InstrumentDefinition,
  options: SyntheticPanelOptions,
  name = "generateSyntheticPanel",
): { start: string; scenario: PanelScenario } {
  const { n, seed, start = SYNTHETIC_PANEL_DEFAULT_START, scenario = "demo" } = options;
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} requires n to be a non-negative integer`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`${name} requires an integer seed between 0 and 4294967295`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || dayBefore(start, 0) !== start)
    throw new Error(`${name} requires start to be a calendar day YYYY-MM-DD`);
  if (!Object.hasOwn(PANEL_SCENARIOS, scenario))
    throw new Error(
      `${name} requires scenario to be one of ${SCENARIO_NAMES.join(", ")} (not "${scenario}")`,
    );
  const known = new Set(answerFields(definition).map((field) => field.id));
  const missing = CORE_ITEMS.filter((id) => !known.has(id));
  if (missing.length > 0)
    throw new Error(
      `${name} requires the Support Work and Erosion instrument (missing items: ${missing.join(", ")})`,
    );
  return { start, scenario: PANEL_SCENARIOS[scenario] };
}

/** A new respondent: the profile, then the straight-liner's code (the panel's order of draws). */
export function drawRespondent(draws: Draws, scenario: PanelScenario): Respondent {
  return { profile: drawProfile(draws, scenario), lineCode: draws.weighted(LINE_CODES) };
}

export type FieldIndex = Map<Item, FieldToAnswer[]>;

export function indexFields(definition: InstrumentDefinition): FieldIndex {
  const fieldsByItem: FieldIndex = new Map();
  for (const { id, item, options: choices, attentionCheck } of answerFields(definition)) {
    fieldsByItem.set(item, [
      ...(fieldsByItem.get(item) ?? []),
      fieldToAnswer({ id, item, options: choices, attentionCheck }),
    ]);
  }
  return fieldsByItem;
}

/** One respondent's answers and page times; `kept` answers (a later wave's unchanged facts) replace drawn ones. */
export function respond(
  definition: InstrumentDefinition,
  fieldsByItem: FieldIndex,
  draws: Draws,
  respondent: Respondent,
  kept: Answers = {},
): Pick<SyntheticResponse, "answers" | "pageSeconds"> {
  const answers: Answers = {};
  const seconds: Record<string, number> = {};
  let pending: { page: Page; items: Item[] } | null = null;
  for (const page of definition.pages) {
    if (!isPageVisible(page, answers)) continue;
    // Like page validation: an item's visibility is decided by the answers given before its page.
    const items = visibleItems(page, answers);
    for (const field of items.flatMap((item) => fieldsByItem.get(item) ?? []))
      answers[field.id] = Object.hasOwn(kept, field.id)
        ? kept[field.id]!
        : fieldAnswer(field, respondent, draws, answers);
    if (TIMED_WITH_NEXT.has(page.id)) {
      pending = { page, items };
      continue;
    }
    if (!pending) seconds[page.id] = pageSeconds(page, items, answers, respondent.profile, draws);
    else {
      const timed = [...pending.items, ...items];
      const total = pageSeconds(pending.page, timed, answers, respondent.profile, draws);
      Object.assign(seconds, shareSeconds(total, [pending, { page, items }], answers));
      pending = null;
    }
  }
  return { answers, pageSeconds: seconds };
}

/**
 * Pages that were one page when the panel's random stream was fixed ("work" held the job questions until they
 * moved to "work_setting", decision 038). They are timed with one set of draws, as before, and the seconds are
 * shared by the pages' typical times, so every answer and total time stays as it was — and with them the demo
 * panel, the R reference fixtures built on it and the scenario truths.
 */
const TIMED_WITH_NEXT = new Set(["work"]);

function shareSeconds(
  total: number,
  pages: { page: Page; items: Item[] }[],
  answers: Answers,
): Record<string, number> {
  const typical = pages.map(({ page, items }) => typicalPageSeconds(page, items, answers));
  const sum = typical.reduce((a, b) => a + b, 0);
  const first = Math.min(total - 1, Math.max(1, Math.round((total * typical[0]!) / sum)));
  return { [pages[0]!.page.id]: first, [pages[1]!.page.id]: total - first };
}

/**
 * A seeded panel of plausible synthetic responses to the default "Support Work and Erosion Survey", with a
 * known structure for the analysis to recover. Pure and deterministic: the same definition, n, seed and start
 * give the same panel, and the first k respondents of a panel do not depend on n. Branching is followed exactly
 * (answers exist only for visible items; blank optional items are stored as null, as the respondent journey
 * stores them) and every answer passes the instrument's own page validation.
 *
 * The data-generating model below is the default scenario, "demo" (the seeded demo's panel, unchanged byte for
 * byte). `options.scenario` picks another (PANEL_SCENARIOS, `synthetic-respondents/panel-scenarios.ts`): "null",
 * "null-support", "planted", "survivor", "recovery" or "separate-latents" change only the erosion equation, who leaves, erosion
 * after leaving and what protective restructuring reads; their true estimands are in
 * `synthetic-respondents/scenario-truth.json` (docs/validation.md).
 *
 * Data-generating model (parameters in PANEL_MODEL; z, u, v, e are independent standard-normal draws):
 *   behaviour    speeder 3 %, straight-liner 3 %, otherwise attentive, of whom 2 % fail the attention check
 *   tenure       T = clamp(round½(5·exp(0.75·z)), 0.5, 40)                    (right-skewed, median 5)
 *   support      S = z                                                         (latent, mean-centred)
 *   exposure     H = z                                                         (hostile contacts)
 *   erosion      E = 0.9·g(T)·exp(−0.5·S) − 0.3·S + 0.25·H + 0.55·u,  g(T) = ln(1 + T) − ln 6
 *                → concave in T (fast early, slower later); dE/dg = 0.9·exp(−0.5·S), so the tenure slope
 *                at S = +1 is 0.37 times the slope at S = −1 (a tenure × support interaction)
 *   leaving      left ~ Bernoulli(0.17) (independent of E); years since Y = clamp(round½(2·exp(0.8·z)), 0, 30)
 *                E_now = −1 + (0.4 + 0.4·exp(−Y/3))·(E + 1) for leavers, E_now = E otherwise
 *   scales       each of cbi_personal (reads E_now), cbi_work, cbi_client, protective (read E) adds 0.3·v
 *   items        level = clamp(round(a + o + λ·latent + 0.75·e), 0, 4); CBI code = 5 − level
 *                (score 25·level), agreement code = level + 1; a = 2.0 personal, 1.8 work, 1.3 client,
 *                1.8 protective, 2.0 institutional (latent S); λ = 1, 1, 1, 0.9, 0.9; per-item offsets o in
 *                scale-answers.ts; reverse-keyed items (cbi_w7, prot_let_care, inst_replaceable) have
 *                λ = −0.7, −0.6, −0.6 and a = 2.2, 2.8, 2.2; institutional rows are "Don't know" 3 % of the time
 *   capacity     start = clamp(round(8.4 + 1.2·z), 0, 10); now = clamp(round(start − 1.2 − 1.5·E + z), 0, 10)
 *   context      role, queue, channels, region, restoration answers from fixed shares (context-answers.ts);
 *                hostile_freq = clamp(round(3.2 + 1.1·H + 0.4·z), 1, 6)
 *   leavers      left_persisted = clamp(round(2.6 + E_now + 0.8·z), 1, 5) (7 % "Not sure");
 *                left_drain_now / left_worn_recall are CBI-coded items on E_now with a = 1.2 / 1.5
 *   careless     speeders answer every matrix row and Likert item (the attention check too) uniformly at
 *                random over all codes and take 0.12 times as long, without pauses; straight-liners give one
 *                code (3: 40 %, 1: 20 %, 5: 20 %, 4: 10 %, 2: 10 %) down every matrix row, the attention check
 *                included, and take 0.55 times as long; attention failures pick another substantive code
 *   missing      each optional field is left blank (stored as null) with probability 0.05 — never a required
 *                item, the attention check or a straight-liner's matrix row; 15 % write free text, one
 *                sentence from a small bank of invented, neutral answers; items the model does not know (in a
 *                later version) get a uniform valid answer
 *   time         page seconds = (2 + 4·[intro] + Σ item seconds)·speed·exp(0.3·z), speed = exp(0.35·z) per
 *                person; item seconds: consent 25, choice 5, multiple 9, numeric 7, matrix row 4.5, text 4
 *                (30 + 0.4 per character when written); 2 % of pages have a 3–10× pause; durationSeconds = Σ
 *   dates        submittedOn uniform over the 90 days before start
 *
 * Cost: O(n · fields · pages) time, O(n · fields) memory.
 *
 * @throws Error "generateSyntheticPanel requires n to be a non-negative integer" (also for the seed and start)
 * @throws Error "generateSyntheticPanel requires the Support Work and Erosion instrument (missing items: …)"
 * @throws Error "generateSyntheticPanel requires scenario to be one of demo, null, … (not "…")"
 * @example
 * const panel = generateSyntheticPanel(loadDefaultInstrument(), { n: 800, seed: 1 });
 * panel[0].answers.years_support; // the same number on every run
 * generateSyntheticPanel(loadDefaultInstrument(), { n: 800, seed: 1, scenario: "null" }); // no tenure effect
 */
export function generateSyntheticPanel(
  definition: InstrumentDefinition,
  options: SyntheticPanelOptions,
): SyntheticResponse[] {
  const { start, scenario } = checkArguments(definition, options);
  const rng = createRng(options.seed);
  const draws = createDraws(rng);
  const fieldsByItem = indexFields(definition);
  const panel: SyntheticResponse[] = [];
  for (let i = 0; i < options.n; i++) {
    const presentation = createPresentation(definition, rng.next);
    const respondent = drawRespondent(draws, scenario);
    const { answers, pageSeconds: seconds } = respond(definition, fieldsByItem, draws, respondent);
    const durationSeconds = Object.values(seconds).reduce((sum, value) => sum + value, 0);
    const submittedOn = dayBefore(start, 1 + rng.nextInt(PANEL_MODEL.days));
    panel.push({ answers, presentation, pageSeconds: seconds, durationSeconds, submittedOn, language: "en" });
  }
  return panel;
}

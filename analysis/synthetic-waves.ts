import type { Answers } from "../instrument/answers";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import { CODE_ELEMENT_IDS, type CodeElementId } from "../instrument/identification-code-elements";
import { createPresentation } from "../instrument/presentation-order";
import { createRng } from "./seeded-rng";
import {
  checkArguments,
  dayBefore,
  drawRespondent,
  indexFields,
  respond,
  type FieldIndex,
  type SyntheticPanelOptions,
  type SyntheticResponse,
} from "./synthetic-panel";
import { trueCodeAnswer } from "./synthetic-respondents/code-answers";
import { codeWeights } from "./synthetic-respondents/context-answers";
import type { Respondent } from "./synthetic-respondents/field-answer";
import { drawCodePropensity, laterCode } from "./synthetic-respondents/later-code";
import { PANEL_MODEL } from "./synthetic-respondents/model-parameters";
import { createDraws, type Draws } from "./synthetic-respondents/random-draws";
import type { PanelScenario } from "./synthetic-respondents/scenario-types";
import { profileAfter } from "./synthetic-respondents/wave-profile";

export const DEFAULT_RETENTION = 0.75;
/** Among people still in support, the share whose role changes between two waves (a promotion, a move to ops). */
export const ROLE_CHANGE_SHARE = 0.04;
/** The share of later answers to years in support given half a year too high or too low (a rough figure). */
export const YEARS_ROUGH_SHARE = 0.1;
/** Answers a person gives the same at every wave (from their first wave), besides their role. */
const STABLE_FIELDS = ["region", "queue_type", "org_size", "capacity_start"] as const;
const ROLES_IN_SUPPORT = codeWeights({ 1: 62, 2: 14, 3: 9, 4: 15 });

export interface SyntheticWavesOptions extends SyntheticPanelOptions {
  /** months from the first wave to each later one, increasing, e.g. [6] */
  monthsAfterFirst: readonly number[];
  /** the identification-code elements asked, in the study's order */
  codeElements: readonly CodeElementId[];
  /** the share of a wave's respondents who answer the next wave (default 0.75); the rest of n are new entrants */
  retention?: number;
}

export interface SyntheticWaveResponse extends SyntheticResponse {
  /** element id → normalised answer (not hashed), null = "I don't know" */
  identificationCode: Record<string, string | null>;
}

export interface SyntheticWaves {
  waves: SyntheticWaveResponse[][];
  /** the truth, for validation only: personOf[w][r] is the person who gave response r of wave w */
  personOf: number[][];
}

interface Person {
  respondent: Respondent;
  firstAnswers: Answers;
  firstMonths: number;
  code: Record<string, string | null>;
  /** the multiplier of this person's code error rates at later waves, kept across waves (later-code.ts) */
  codePropensity: number;
}

const roundToHalf = (value: number): number => Math.round(value * 2) / 2;

function checkWaveOptions(options: SyntheticWavesOptions): void {
  const { monthsAfterFirst, codeElements, retention = DEFAULT_RETENTION } = options;
  if (monthsAfterFirst.some((m, i) => !(m > (monthsAfterFirst[i - 1] ?? 0)) || !Number.isFinite(m)))
    throw new Error("generateSyntheticWaves requires monthsAfterFirst to be increasing positive months");
  if (codeElements.length === 0 || codeElements.some((id) => !CODE_ELEMENT_IDS.includes(id)))
    throw new Error("generateSyntheticWaves requires codeElements to be known code element ids");
  if (!(retention >= 0 && retention <= 1))
    throw new Error("generateSyntheticWaves requires retention in [0, 1]");
}

/** The answers a returning person keeps, their years in support and role as they would give them now. */
function keptAnswers(person: Person, later: Respondent, side: Draws): Answers {
  const kept: Answers = {};
  for (const id of STABLE_FIELDS)
    if (Object.hasOwn(person.firstAnswers, id)) kept[id] = person.firstAnswers[id]!;
  const role = person.firstAnswers.role;
  kept.role = role !== 5 && side.chance(ROLE_CHANGE_SHARE) ? side.weighted(ROLES_IN_SUPPORT) : (role ?? null);
  const rough = side.chance(YEARS_ROUGH_SHARE) ? side.oneOf([-0.5, 0.5]) : 0;
  kept.years_support = Math.min(50, Math.max(0, roundToHalf(later.profile.tenure) + rough));
  if (later.profile.left) kept.left_years_ago = Math.min(50, roundToHalf(later.profile.yearsSinceLeft));
  return kept;
}

interface WaveContext {
  definition: InstrumentDefinition;
  fields: FieldIndex;
  rng: ReturnType<typeof createRng>;
  draws: Draws;
  /** a second stream for who returns, the order of a wave, code answers and kept answers, so wave 1 is the panel */
  side: Draws;
  scenario: PanelScenario;
  elements: readonly CodeElementId[];
}

/** A response in the panel's order of draws: presentation, respondent, answers, then the day. */
function waveResponse(
  context: WaveContext,
  person: Person | null,
  months: number,
  end: string,
): { response: SyntheticWaveResponse; person: Person } {
  const { definition, fields, rng, draws, side, scenario, elements } = context;
  const presentation = createPresentation(definition, rng.next);
  const respondent: Respondent = person
    ? {
        ...person.respondent,
        profile: profileAfter(person.respondent.profile, scenario, months - person.firstMonths, draws),
      }
    : drawRespondent(draws, scenario);
  const kept = person ? keptAnswers(person, respondent, side) : {};
  const { answers, pageSeconds } = respond(definition, fields, draws, respondent, kept);
  const durationSeconds = Object.values(pageSeconds).reduce((sum, value) => sum + value, 0);
  const submittedOn = dayBefore(end, 1 + rng.nextInt(PANEL_MODEL.days));
  const owner = person ?? {
    respondent,
    firstAnswers: answers,
    firstMonths: months,
    code: Object.fromEntries(elements.map((id) => [id, trueCodeAnswer(id, side)])),
    codePropensity: drawCodePropensity(side),
  };
  const identificationCode = person
    ? laterCode(owner.code, elements, months - owner.firstMonths, owner.codePropensity, side)
    : { ...owner.code };
  const base = { answers, presentation, pageSeconds, durationSeconds, submittedOn, language: "en" };
  return { response: { ...base, identificationCode }, person: owner };
}

function shuffle(values: number[], side: Draws): number[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(side.uniform() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

/**
 * Synthetic panel waves: the same synthetic people answer a first wave and later ones, with identification-code
 * answers that drift as published code studies report (issue 14; docs/validation.md, "Linkage of waves").
 * Wave 1 is exactly generateSyntheticPanel(definition, { n, seed, start, scenario }) plus code answers. At each later
 * wave a share `retention` (default 0.75) of the previous wave's respondents answer again and new entrants bring the
 * wave to n; the wave's order is shuffled. A returning person keeps their latents; tenure, erosion and the scales move
 * as in profileAfter (wave-profile.ts); region, queue, organisation size and recalled starting capacity are
 * answered as before; 4 % of those in support change role; years in support grows by the gap (on the half-year grid,
 * 10 % half a year off). Code elements: true answers from code-answers.ts, later answers wrong or "I don't know" at
 * rates that grow with the months since the person's first wave (CODE_ERROR_RATES, rateAfter), correlated within a
 * person: a propensity drawn once per person scales all their rates, and element clusters (birth month and day, the
 * names, several "I don't know") fail together (later-code.ts), so codes with two or more errors are as common as
 * real codes make them; about 8 % of eight-element codes carry a wrong element at 6 months, as before.
 * Each wave is dated over the 90 days before start + the months after the first wave.
 *
 * Cost: O(waves · n · fields · pages).
 *
 * @throws Error as generateSyntheticPanel (named generateSyntheticWaves), and for months that do not increase,
 *   unknown code elements or a retention outside [0, 1]
 * @example
 * const { waves, personOf } = generateSyntheticWaves(loadDefaultInstrument(), {
 *   n: 800, seed: 1, monthsAfterFirst: [6], codeElements: CODE_ELEMENT_IDS.slice(0, 8) });
 */
export function generateSyntheticWaves(
  definition: InstrumentDefinition,
  options: SyntheticWavesOptions,
): SyntheticWaves {
  const { start, scenario } = checkArguments(definition, options, "generateSyntheticWaves");
  checkWaveOptions(options);
  const rng = createRng(options.seed);
  const side = createDraws(createRng((options.seed ^ 0x5bd1e995) >>> 0));
  const context: WaveContext = {
    ...{ definition, rng, side, scenario, elements: options.codeElements },
    fields: indexFields(definition),
    draws: createDraws(rng),
  };
  const people: Person[] = [];
  const result: SyntheticWaves = { waves: [], personOf: [] };
  let previous: number[] = [];
  for (const months of [0, ...options.monthsAfterFirst]) {
    const returning = previous.filter(() => side.chance(options.retention ?? DEFAULT_RETENTION));
    const slots = [...returning, ...Array<number>(Math.max(0, options.n - returning.length)).fill(-1)];
    const order = months === 0 ? slots : shuffle(slots, side);
    const end = dayBefore(start, -Math.round(months * 30.44));
    const wave = order.map((index) => {
      const { response, person } = waveResponse(context, index >= 0 ? people[index]! : null, months, end);
      if (index >= 0) return { response, index };
      people.push(person);
      return { response, index: people.length - 1 };
    });
    result.waves.push(wave.map((entry) => entry.response));
    result.personOf.push(wave.map((entry) => entry.index));
    previous = result.personOf[result.personOf.length - 1]!;
  }
  return result;
}

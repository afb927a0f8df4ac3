import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { linkWaves } from "../../../../analysis/linkage/link-waves";
import { generateSyntheticPanel, SCENARIO_NAMES } from "../../../../analysis/synthetic-panel";
import { drawCodePropensity, laterCode } from "../../../../analysis/synthetic-respondents/later-code";
import { createDraws } from "../../../../analysis/synthetic-respondents/random-draws";
import { generateSyntheticWaves, type SyntheticWaves } from "../../../../analysis/synthetic-waves";
import { linkageAccuracy, syntheticLinkageRecords } from "../../../../analysis/validation/linkage-accuracy";
import { createRng } from "../../../../analysis/seeded-rng";
import type { Answers } from "../../../../instrument/answers";
import { answersAsFormFields } from "../../../../instrument/answers-as-form";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { CODE_ELEMENT_IDS, type CodeElementId } from "../../../../instrument/identification-code-elements";
import { validatePage } from "../../../../instrument/page-validation";
import { visiblePages } from "../../../../instrument/visibility";
import { keyedElementHash } from "~/studies/study-keys.server";

const definition = loadDefaultInstrument();
const EIGHT = CODE_ELEMENT_IDS.slice(0, 8);

/** The share of returning people whose later code has at least one element answered differently. */
function codeErrorShare(waves: SyntheticWaves): number {
  const first = new Map(
    waves.personOf[0]!.map((person, i) => [person, waves.waves[0]![i]!.identificationCode]),
  );
  const changed = waves.personOf[1]!.flatMap((person, i) => {
    const before = first.get(person);
    if (!before) return [];
    const now = waves.waves[1]![i]!.identificationCode;
    return [EIGHT.some((id) => before[id] != null && now[id] != null && before[id] !== now[id])];
  });
  return changed.filter(Boolean).length / changed.length;
}

/** Per simulated code, which of the eight elements were wrong and which "I don't know" at a later wave. */
interface SimulatedCodes {
  wrong: boolean[][];
  dontKnow: boolean[][];
}

/** 50 000 people who knew every element, each with their own propensity, answering `months` after the first wave. */
function simulateCodes(months: number): SimulatedCodes {
  const draws = createDraws(createRng(4));
  const truth: Record<string, string> = Object.fromEntries(EIGHT.map((id) => [id, "5"]));
  truth.birth_day = "7";
  const simulated: SimulatedCodes = { wrong: [], dontKnow: [] };
  for (let person = 0; person < 50_000; person++) {
    const later = laterCode(truth, EIGHT, months, drawCodePropensity(draws), draws);
    simulated.wrong.push(EIGHT.map((id) => later[id] !== null && later[id] !== truth[id]));
    simulated.dontKnow.push(EIGHT.map((id) => later[id] === null));
  }
  return simulated;
}

const atLeast = (rows: boolean[][], k: number) =>
  rows.filter((row) => row.filter(Boolean).length >= k).length / rows.length;

const marginalRates = (rows: boolean[][]) =>
  EIGHT.map((_, element) => rows.filter((row) => row[element]).length / rows.length);

/** P(at least two events) for independent events with the given probabilities. */
function independentAtLeastTwo(rates: number[]): number {
  const none = rates.reduce((product, q) => product * (1 - q), 1);
  const one = rates.reduce(
    (sum, q, i) => sum + q * rates.reduce((product, r, j) => (i === j ? product : product * (1 - r)), 1),
    0,
  );
  return 1 - none - one;
}

describe("generateSyntheticPanel is unchanged by the waves", () => {
  it("gives the same panel as before waves existed, in every scenario", () => {
    // SHA-256 of JSON.stringify(generateSyntheticPanel(definition, { n: 300, seed: 5, scenario })), computed at commit
    // 3f080bb, before synthetic-panel.ts was split for generateSyntheticWaves.
    const before: Record<string, string> = {
      demo: "37870aeb04fcf9a155629d6715ca529bac54fe26cc018d85ca041930f4203864",
      null: "cf5337d96082e4e56f9fe31ce20864eccae0f97cef500e8bad3bf0bcc699e5a9",
      "null-support": "7026bf887bdaf853e3b1e82ff639bac421f6fef53fbc4d7555e45e3842e8ae4a",
      planted: "d6b594de5a7af2e1a953ddc07c691de02239b6c1891ea6dd9f52922dfcbe6b3d",
      survivor: "10249edabc1e9fdd23dc5551ebe99f0257bd12f6e153e8e4245385ea194ce38b",
      recovery: "4a3016621b8c5daad94f258e0732f01d3ff015ad2d192a0e73aceed90b04a263",
      "separate-latents": "664f8bc29f04ba58aa7719b09238b65503a846e9b4814272118e819d33bba504",
    };
    for (const scenario of SCENARIO_NAMES) {
      const panel = generateSyntheticPanel(definition, { n: 300, seed: 5, scenario });
      expect(createHash("sha256").update(JSON.stringify(panel)).digest("hex"), scenario).toBe(
        before[scenario],
      );
    }
  });
});

describe("generateSyntheticWaves", () => {
  const waves = generateSyntheticWaves(definition, {
    n: 400,
    seed: 9,
    monthsAfterFirst: [6],
    codeElements: EIGHT,
  });

  it("makes wave 1 the panel of the same seed, and later waves of returning people and new entrants", () => {
    const panel = generateSyntheticPanel(definition, { n: 400, seed: 9 });
    expect(waves.waves[0]!.map(({ identificationCode: _, ...response }) => response)).toEqual(panel);
    expect(waves.waves[1]).toHaveLength(400);
    const returning = waves.personOf[1]!.filter((person) => waves.personOf[0]!.includes(person)).length;
    expect(returning / 400).toBeGreaterThan(0.7);
    expect(returning / 400).toBeLessThan(0.8);
    expect(new Set(waves.personOf[1]).size).toBe(400);
    expect(waves.waves[1]!.every((response) => !("person" in response))).toBe(true);
  });

  it("keeps a returning person's region and grows their years in support by about the gap", () => {
    const first = new Map(waves.personOf[0]!.map((person, i) => [person, waves.waves[0]![i]!.answers]));
    let growthInRange = 0;
    let returning = 0;
    waves.personOf[1]!.forEach((person, i) => {
      const before = first.get(person);
      if (!before) return;
      returning++;
      const now = waves.waves[1]![i]!.answers;
      expect(now.region).toBe(before.region);
      const growth = (now.years_support as number) - (before.years_support as number);
      const expected = before.role === 5 ? 0 : 0.5;
      if (Math.abs(growth - expected) <= 0.5) growthInRange++;
    });
    expect(growthInRange).toBe(returning);
  });

  it("gives later-wave answers the instrument's own page validation accepts", () => {
    for (const response of waves.waves[1]!.slice(0, 150)) {
      const reparsed: Answers = {};
      for (const page of visiblePages(definition, response.answers)) {
        const validation = validatePage(
          definition,
          page,
          response.answers,
          answersAsFormFields(response.answers),
        );
        expect(validation.success).toBe(true);
        if (validation.success) Object.assign(reparsed, validation.answers);
      }
      expect(reparsed).toEqual(response.answers);
    }
  });

  it("puts at least one wrong element in about 8 % of eight-element codes after 6 months, more after 18", () => {
    const at6 = simulateCodes(6);
    // binomial SE at 8 % and 50 000 codes: 0.12 percentage points; the tolerance of 0.5 points is 4 SE
    expect(Math.abs(atLeast(at6.wrong, 1) - 0.08)).toBeLessThan(0.005);
    // exact codes at 18 months within the 50–75 % reported at 12–18 months (Yurek et al. 2008)
    const at18 = atLeast(simulateCodes(18).wrong, 1);
    expect(at18).toBeGreaterThan(0.25);
    expect(at18).toBeLessThan(0.5);
    // and in the generator's own waves (about 300 returning codes: SE 1.6 points)
    expect(Math.abs(codeErrorShare(waves) - 0.08)).toBeLessThan(0.05);
  });

  it('makes errors and "I don\'t know" cluster: codes with two or more are far more common than independence gives', () => {
    const { wrong, dontKnow } = simulateCodes(6);
    // independence at the simulated per-element marginal rates: 1 − P(0) − P(1) of a Poisson-binomial
    for (const counts of [wrong, dontKnow]) {
      const expected = independentAtLeastTwo(marginalRates(counts));
      // at 50 000 codes the observed share (about 1.3 % for wrong answers) has an SE of 0.05 points
      expect(atLeast(counts, 2)).toBeGreaterThan(2 * expected);
    }
  });

  it("meets the linkage targets at n = 200 per wave: ≥ 90 % of true pairs linked, ≤ 3 % of links false", () => {
    const small = generateSyntheticWaves(definition, {
      n: 200,
      seed: 21,
      monthsAfterFirst: [6],
      codeElements: EIGHT,
    });
    const key = randomBytes(32);
    // stored exactly as the app stores code elements: HMAC-SHA-256 under the study's key
    const hash = (id: string, answer: string) => keyedElementHash(key, id, answer);
    const result = linkWaves(
      syntheticLinkageRecords(small, 0, EIGHT, hash),
      syntheticLinkageRecords(small, 1, EIGHT, hash),
      { monthsBetween: 6 },
    );
    const accuracy = linkageAccuracy(result.links, small);
    expect(accuracy.truePairs).toBeGreaterThan(100);
    expect(accuracy.recall).toBeGreaterThanOrEqual(0.9);
    expect(1 - accuracy.precision).toBeLessThanOrEqual(0.03);
    // EM's expected number of true pairs is close to the people who answered both waves
    expect(Math.abs(result.estimatedTruePairs - accuracy.truePairs) / accuracy.truePairs).toBeLessThan(0.1);
    expect(result.estimatedMissedPairs).toBeLessThan(0.1 * accuracy.truePairs);
  });

  it("refuses months that do not increase, unknown elements and a retention outside [0, 1]", () => {
    const base = { n: 5, seed: 1, codeElements: EIGHT };
    expect(() => generateSyntheticWaves(definition, { ...base, monthsAfterFirst: [6, 6] })).toThrow(
      /increasing/,
    );
    expect(() =>
      generateSyntheticWaves(definition, {
        ...base,
        monthsAfterFirst: [6],
        codeElements: ["pet" as CodeElementId],
      }),
    ).toThrow(/known code element/);
    expect(() =>
      generateSyntheticWaves(definition, { ...base, monthsAfterFirst: [6], retention: 1.5 }),
    ).toThrow(/retention/);
  });
});

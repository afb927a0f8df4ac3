import { describe, expect, it } from "vitest";
import { generateSyntheticPanel, type SyntheticResponse } from "../../../analysis/synthetic-panel";
import type { Answers } from "../../../instrument/answers";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import type { InstrumentDefinition } from "../../../instrument/definition-schema";
import { validatePage } from "../../../instrument/page-validation";
import { createScorer } from "../../../instrument/scoring";
import { answerFields } from "../../../instrument/traversal";
import { pruneHiddenAnswers, visiblePages } from "../../../instrument/visibility";
import { firstIncompletePage } from "~/respondent/navigation.server";
import { answersAsFormFields } from "../../../instrument/answers-as-form";
import { miniInstrument } from "../../fixtures/mini-instrument";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// Frozen: the generator must not change the definition it is given.
const definition: InstrumentDefinition = deepFreeze(loadDefaultInstrument());

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
function slope(x: number[], y: number[]): number {
  const mx = mean(x);
  const my = mean(y);
  const sxy = x.reduce((sum, xi, i) => sum + (xi - mx) * ((y[i] as number) - my), 0);
  return sxy / x.reduce((sum, xi) => sum + (xi - mx) ** 2, 0);
}
function correlation(x: number[], y: number[]): number {
  const sd = (values: number[]) => Math.sqrt(values.reduce((sum, v) => sum + (v - mean(values)) ** 2, 0));
  return (slope(x, y) * sd(x)) / sd(y);
}

const matrixRowIds = answerFields(definition)
  .filter((field) => field.item.type === "matrix")
  .map((field) => field.id);
/** Twenty or more answered matrix rows, all with the same code. */
function isStraightLined(response: SyntheticResponse): boolean {
  const codes = matrixRowIds.map((id) => response.answers[id]).filter((value) => typeof value === "number");
  return codes.length >= 20 && new Set(codes).size === 1;
}

describe("generateSyntheticPanel", () => {
  it("is deterministic for a seed, differs between seeds, and a smaller panel is a prefix of a larger one", () => {
    const first = generateSyntheticPanel(definition, { n: 40, seed: 7 });
    expect(generateSyntheticPanel(definition, { n: 40, seed: 7 })).toEqual(first);
    expect(generateSyntheticPanel(definition, { n: 40, seed: 8 })).not.toEqual(first);
    expect(generateSyntheticPanel(definition, { n: 15, seed: 7 })).toEqual(first.slice(0, 15));
    expect(generateSyntheticPanel(definition, { n: 0, seed: 7 })).toEqual([]);
  });

  it("gives only answers the instrument's own page validation accepts, and none to hidden items", () => {
    for (const response of generateSyntheticPanel(definition, { n: 400, seed: 3 })) {
      const { answers } = response;
      expect(pruneHiddenAnswers(definition, answers)).toEqual(answers);
      expect(firstIncompletePage(definition, answers)).toBeNull();
      // Round trip: the form these answers make validates back to exactly these answers, page by page.
      const reparsed: Answers = {};
      const pages = visiblePages(definition, answers);
      for (const page of pages) {
        const validation = validatePage(definition, page, answers, answersAsFormFields(answers));
        expect(validation.success).toBe(true);
        if (validation.success) Object.assign(reparsed, validation.answers);
      }
      expect(reparsed).toEqual(answers);
      expect(Object.keys(response.pageSeconds)).toEqual(pages.map((page) => page.id));
      expect(response.durationSeconds).toBe(
        Object.values(response.pageSeconds).reduce((sum, seconds) => sum + seconds, 0),
      );
      expect(
        Object.values(response.pageSeconds).every((seconds) => Number.isInteger(seconds) && seconds >= 1),
      ).toBe(true);
    }
  });

  it("refuses bad options and instruments it has no model for", () => {
    expect(() => generateSyntheticPanel(definition, { n: -1, seed: 1 })).toThrow(
      "generateSyntheticPanel requires n to be a non-negative integer",
    );
    expect(() => generateSyntheticPanel(definition, { n: 1.5, seed: 1 })).toThrow("non-negative integer");
    expect(() => generateSyntheticPanel(definition, { n: 1, seed: -3 })).toThrow("integer seed");
    expect(() => generateSyntheticPanel(definition, { n: 1, seed: 1, start: "2026-02-30" })).toThrow(
      "calendar day",
    );
    expect(() => generateSyntheticPanel(miniInstrument, { n: 1, seed: 1 })).toThrow(
      "requires the Support Work and Erosion instrument",
    );
  });
});

describe("the structure built into a 3000-person panel", () => {
  const start = "2026-06-01";
  const panel = generateSyntheticPanel(definition, { n: 3000, seed: 11, start });
  const score = createScorer(definition);
  const people = panel.map((response) => ({
    response,
    scores: score(response.answers),
    tenure: response.answers.years_support as number,
  }));
  const share = (test: (response: SyntheticResponse) => boolean) => panel.filter(test).length / panel.length;

  it("has right-skewed tenure (median about 5, none above 40) and mostly high starting capacity", () => {
    const tenures = people.map((person) => person.tenure);
    expect(median(tenures)).toBeGreaterThanOrEqual(4);
    expect(median(tenures)).toBeLessThanOrEqual(6);
    expect(mean(tenures)).toBeGreaterThan(median(tenures));
    expect(Math.max(...tenures)).toBeLessThanOrEqual(40);
    const starts = panel
      .map((response) => response.answers.capacity_start)
      .filter((value) => typeof value === "number");
    expect(starts.filter((value) => value >= 7).length / starts.length).toBeGreaterThan(0.85);
  });

  it("has work-related burnout rising with tenure, concave, and much flatter where institutional support is high", () => {
    const rated = people.filter(
      (person) => person.scores.cbi_work != null && person.scores.institutional_support != null,
    );
    const work = (group: typeof rated) => group.map((person) => person.scores.cbi_work as number);
    const tenure = (group: typeof rated) => group.map((person) => person.tenure);
    expect(correlation(tenure(rated), work(rated))).toBeGreaterThan(0.3);

    const early = rated.filter((person) => person.tenure <= 5);
    const late = rated.filter((person) => person.tenure >= 10);
    expect(slope(tenure(early), work(early))).toBeGreaterThan(2 * slope(tenure(late), work(late)));

    const supports = rated
      .map((person) => person.scores.institutional_support as number)
      .sort((a, b) => a - b);
    const [lowCut, highCut] = [
      supports[Math.floor(supports.length / 3)] as number,
      supports[Math.floor((2 * supports.length) / 3)] as number,
    ];
    const low = rated.filter((person) => (person.scores.institutional_support as number) < lowCut);
    const high = rated.filter((person) => (person.scores.institutional_support as number) > highCut);
    expect(slope(tenure(high), work(high))).toBeLessThan(0.6 * slope(tenure(low), work(low)));
    expect(slope(tenure(high), work(high))).toBeGreaterThan(0);
  });

  it("has the intended shares of leavers, careless respondents, blanks and free text", () => {
    expect(share((response) => response.answers.role === 5)).toBeGreaterThan(0.14);
    expect(share((response) => response.answers.role === 5)).toBeLessThan(0.2);
    const medianDuration = median(panel.map((response) => response.durationSeconds));
    expect(medianDuration).toBeGreaterThan(240);
    expect(medianDuration).toBeLessThan(600);
    const speeders = share((response) => response.durationSeconds < 0.35 * medianDuration);
    expect(speeders).toBeGreaterThan(0.02);
    expect(speeders).toBeLessThan(0.045);
    const straightLiners = panel.filter(isStraightLined);
    expect(straightLiners.length / panel.length).toBeGreaterThan(0.02);
    expect(straightLiners.length / panel.length).toBeLessThan(0.045);
    expect(
      straightLiners.filter((response) => response.answers.inst_attention !== 2).length /
        straightLiners.length,
    ).toBeGreaterThan(0.75);
    const failedOtherwise = panel.filter(
      (response) =>
        !isStraightLined(response) &&
        response.durationSeconds >= 0.35 * medianDuration &&
        response.answers.inst_attention !== 2,
    );
    expect(failedOtherwise.length / panel.length).toBeGreaterThan(0.01);
    expect(failedOtherwise.length / panel.length).toBeLessThan(0.03);
    expect(share((response) => typeof response.answers.protect_text === "string")).toBeGreaterThan(0.12);
    expect(share((response) => typeof response.answers.protect_text === "string")).toBeLessThan(0.18);

    const optional = new Set(
      answerFields(definition)
        .filter((field) => !field.item.required && field.item.type !== "text" && !field.attentionCheck)
        .map((field) => field.id),
    );
    const values = panel.flatMap((response) =>
      Object.entries(response.answers).filter(([id]) => optional.has(id)),
    );
    expect(values.filter(([, value]) => value === null).length / values.length).toBeGreaterThan(0.04);
    expect(values.filter(([, value]) => value === null).length / values.length).toBeLessThan(0.06);
  });

  it("dates every response within the 90 days before start", () => {
    const days = panel.map((response) => response.submittedOn).sort();
    expect(days[0]! >= "2026-03-03").toBe(true);
    expect(days.at(-1)! <= "2026-05-31").toBe(true);
    expect(new Set(days).size).toBeGreaterThan(80);
  });
});

import { describe, expect, it } from "vitest";
import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import { buildCharts } from "../../../../analysis/survey/build-charts";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import type { ScenarioName } from "../../../../analysis/synthetic-respondents/scenario-types";
import { findingHeadline } from "../../../../app/findings/finding-headline";
import { findingMethods } from "../../../../app/findings/finding-methods";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import {
  unqualifiedTrajectorySentences,
  withinPersonPhrases,
  WITHIN_PERSON_WORDING,
} from "../../../support/within-person-wording";

/** Every string inside a value (sentences, captions, alt texts, table notes, chart titles and descriptions). */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsIn);
  return [];
}

/** Everything the analysis writes in words for one synthetic panel, as a reader would meet it. */
function publishedTexts(scenario: ScenarioName, seed: number): string[] {
  const definition = loadDefaultInstrument();
  const responses = generateSyntheticPanel(definition, { n: 800, seed, scenario }).map((r, i) => ({
    id: `r${i + 1}`,
    answers: r.answers,
    durationSeconds: r.durationSeconds,
  }));
  const results = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 200, seed } });
  const { charts } = buildCharts(results);
  const methods = findingMethods({
    results,
    instrument: { title: "t", version: 1, contentHash: "h", codebookUrl: "/codebook/x/v/1" },
    fieldwork: null,
    completed: responses.length,
    inProgress: 0,
    exclusions: [],
    isSynthetic: true,
  });
  return [
    ...results.summary,
    ...results.caveats,
    ...textsIn(results.settings),
    ...textsIn(results.moderation),
    ...textsIn(results.leavers),
    ...textsIn(findingHeadline(results)),
    ...textsIn(methods),
    ...charts.flatMap((chart) => [
      chart.title,
      chart.altText,
      ...textsIn(chart.table),
      ...textsIn(chart.spec),
    ]),
  ];
}

describe("cross-sectional wording (issue 10, item 4)", () => {
  it("the word list catches within-person verbs and leaves between-person comparisons alone", () => {
    expect(withinPersonPhrases("burnout rises with years in support")).toHaveLength(1);
    expect(withinPersonPhrases("the rise is steeper where support is low")).toHaveLength(1);
    expect(withinPersonPhrases("leavers recovered within five years")).toHaveLength(1);
    expect(withinPersonPhrases("the work wore them down over time")).toHaveLength(2);
    expect(withinPersonPhrases("burnout is higher among people with more years in support")).toEqual([]);
    expect(withinPersonPhrases("Drop in capacity to invest emotionally in customers (start − now)")).toEqual(
      [],
    );
    expect(unqualifiedTrajectorySentences("The harm trajectory is steep.")).toHaveLength(1);
    expect(
      unqualifiedTrajectorySentences("The harm trajectory, a cross-sectional pattern, is steep."),
    ).toEqual([]);
    expect(WITHIN_PERSON_WORDING.length).toBeGreaterThan(5);
  });

  // The verdicts and sentences differ with the data, so every scenario the generator documents is read.
  for (const [scenario, seed] of [
    ["demo", 1],
    ["planted", 2],
    ["null", 3],
    ["survivor", 4],
    ["recovery", 5],
  ] as const) {
    it(`the ${scenario} scenario's sentences, captions, alt texts and methods compare people, never a person over time`, () => {
      const texts = publishedTexts(scenario, seed);
      expect(texts.join(" ")).toContain("years in support");
      expect(texts.flatMap(withinPersonPhrases)).toEqual([]);
      expect(texts.flatMap(unqualifiedTrajectorySentences)).toEqual([]);
    });
  }
});

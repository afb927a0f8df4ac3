import { describe, expect, it } from "vitest";
import type { LanguageResult, ScaleReliability, SurveyResults } from "../../../analysis";
import {
  languageReliabilityTable,
  modeStatement,
  reliabilityByLanguage,
} from "../../../app/findings/finding-languages";

const reliability = (scale: string, alpha: number | null): ScaleReliability => ({
  scale,
  label: scale,
  k: 3,
  nComplete: 12,
  nScored: 12,
  alpha,
  ci95: null,
  itemTotal: [],
  note: null,
});

const LANGUAGES: LanguageResult[] = [
  {
    language: "en",
    n: 40,
    note: null,
    wording: [
      { scale: "tired", status: "source", citation: null },
      { scale: "backing", status: "source", citation: null },
    ],
    reliability: [reliability("tired", 0.871), reliability("backing", 0.702)],
  },
  {
    language: "es",
    n: 12,
    note: null,
    wording: [
      { scale: "tired", status: "validated", citation: "Pérez (2020)" },
      { scale: "backing", status: "draft", citation: null },
    ],
    reliability: [reliability("tired", 0.8), reliability("backing", null)],
  },
];

/** Results carrying only what the methods read about languages. */
const resultsWith = (languages?: LanguageResult[]) =>
  ({ languages, settings: { minCellSize: 10 } }) as unknown as SurveyResults;

describe("the methods say which languages were pooled and the status of their wording", () => {
  it("keeps the English-only sentence when the survey has one language", () => {
    expect(modeStatement(resultsWith())).toBe(
      "Self-completed online questionnaire (phone or computer), in English.",
    );
    expect(reliabilityByLanguage(resultsWith())).toEqual([]);
  });

  it("names each language with its n and each scale's wording status", () => {
    expect(modeStatement(resultsWith(LANGUAGES))).toBe(
      "Self-completed online questionnaire (phone or computer), in English and Spanish; the languages are pooled in every analysis: English (n = 40; every scale: original wording (source language)); Spanish (n = 12; tired: validated translation: Pérez (2020); backing: draft translation by this project, not validated). Cronbach's α is also reported per language, so a translation that measures differently shows.",
    );
    expect(reliabilityByLanguage(resultsWith(LANGUAGES))).toEqual([
      "Reliability per language (Cronbach's α on each language's respondents alone): English: tired α = 0.87, backing α = 0.70; Spanish: tired α = 0.80, backing not computed.",
    ]);
  });

  it("does not show the n of a suppressed language", () => {
    const suppressed = LANGUAGES.map((entry) => ({ ...entry, n: null, reliability: [] }));
    expect(modeStatement(resultsWith(suppressed))).toContain("Spanish (n not shown (small-cell rule);");
    expect(reliabilityByLanguage(resultsWith(suppressed))).toEqual([]);
  });

  it("publishes a table of n and α per language and scale, with the wording's status", () => {
    expect(languageReliabilityTable(resultsWith())).toBeNull();
    const table = languageReliabilityTable(resultsWith(LANGUAGES))!;
    expect(table.rows).toEqual([
      { language: "English (n = 40)", scale: "tired", wording: "original", n: 12, alpha: 0.871 },
      { language: "English (n = 40)", scale: "backing", wording: "original", n: 12, alpha: 0.702 },
      { language: "Spanish (n = 12)", scale: "tired", wording: "validated translation", n: 12, alpha: 0.8 },
      { language: "Spanish (n = 12)", scale: "backing", wording: "draft translation", n: 12, alpha: null },
    ]);
    const suppressed = LANGUAGES.map((entry) => ({ ...entry, n: null, reliability: [] }));
    expect(languageReliabilityTable(resultsWith(suppressed))!.rows).toEqual([
      { language: "English", scale: null, wording: null, n: null, alpha: null },
      { language: "Spanish", scale: null, wording: null, n: null, alpha: null },
    ]);
  });
});

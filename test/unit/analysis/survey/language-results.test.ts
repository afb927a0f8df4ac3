import { describe, expect, it } from "vitest";
import type { AnalysisTable } from "../../../../analysis/survey/build-analysis-table";
import { languageResults } from "../../../../analysis/survey/language-results";
import { miniInstrument } from "../../../fixtures/mini-instrument";
import { bilingualScalesInstrument } from "../../../fixtures/bilingual-scales-instrument";
import { expectRelativelyClose } from "../close-to";

// Answers t1, t2, t3 (scale "tired") and s1, s2 (scale "backing"), codes 1–3, per language.
const ENGLISH = [
  [1, 1, 2, 1, 2],
  [2, 2, 2, 2, 2],
  [3, 3, 2, 3, 3],
  [2, 3, 3, 1, 1],
  [1, 2, 1, 2, 3],
  [3, 3, 3, 3, 2],
] as const;
const SPANISH = [
  [1, 2, 2, 2, 1],
  [3, 2, 3, 1, 1],
  [2, 2, 1, 3, 3],
  [3, 3, 3, 2, 2],
  [1, 1, 2, 3, 2],
] as const;

/** The analysed rows as the analysis table holds them; α reads only the answers. */
function tableOf(groups: [string, readonly (readonly number[])[]][]): AnalysisTable {
  const rows = groups.flatMap(([language, answers]) =>
    answers.map(([t1, t2, t3, s1, s2]) => ({
      answers: { t1, t2, t3, s1, s2 } as Record<string, number>,
      scores: {},
      durationSeconds: null,
      language,
    })),
  );
  return {
    rows,
    columns: new Map(),
    leaver: new Int8Array(rows.length),
    received: rows.length,
    excluded: { total: 0, byReason: [] },
  };
}

const bothLanguages = Object.freeze(
  tableOf([
    ["en", ENGLISH],
    ["es", SPANISH],
  ]),
);

describe("languageResults", () => {
  it("reports n and Cronbach's α per scale per language, as R computes them", () => {
    const [english, spanish] = languageResults(bilingualScalesInstrument, bothLanguages, 5)!;
    expect([english!.language, english!.n, spanish!.language, spanish!.n]).toEqual(["en", 6, "es", 5]);
    // R 4.2.2 (en, es: the matrices ENGLISH and SPANISH; psych is not installed here, so α by its formula):
    // alpha <- function(x) { k <- ncol(x); n <- nrow(x); a <- k/(k-1)*(1-sum(apply(x,2,var))/var(rowSums(x)));
    //   c(a, 1-(1-a)*qf(0.975,n-1,(n-1)*(k-1)), 1-(1-a)*qf(0.025,n-1,(n-1)*(k-1))) }  (Feldt interval)
    // options(digits = 12); alpha(en[,1:3]) → 0.851063829787, 0.369093623887, 0.977499214740
    // alpha(en[,4:5]) → 0.738461538462, -0.869053709053, 0.963402674555
    // alpha(es[,1:3]) → 0.7978723404255, -0.0212767247862, 0.9774903001886
    // alpha(es[,4:5]) → 0.880000000000, -0.152543586167, 0.987505895506
    const expected = [
      [english, "tired", [0.851063829787, 0.369093623887, 0.97749921474]],
      [english, "backing", [0.738461538462, -0.869053709053, 0.963402674555]],
      [spanish, "tired", [0.7978723404255, -0.0212767247862, 0.9774903001886]],
      [spanish, "backing", [0.88, -0.152543586167, 0.987505895506]],
    ] as const;
    for (const [language, scale, [alpha, lower, upper]] of expected) {
      const result = language!.reliability.find((entry) => entry.scale === scale)!;
      expectRelativelyClose(result.alpha!, alpha, 1e-10);
      expectRelativelyClose(result.ci95![0], lower, 1e-9);
      expectRelativelyClose(result.ci95![1], upper, 1e-9);
    }
  });

  it("says each scale's wording status in each language", () => {
    const [english, spanish] = languageResults(bilingualScalesInstrument, bothLanguages, 5)!;
    expect(english!.wording.map((entry) => entry.status)).toEqual(["source", "source"]);
    expect(spanish!.wording).toEqual([
      {
        scale: "tired",
        status: "validated",
        citation: "Pérez, A. (2020). Test translation of the tiredness scale.",
      },
      { scale: "backing", status: "draft", citation: null },
    ]);
  });

  it("suppresses a language below the small-cell rule, and the other one that would reveal it", () => {
    const results = languageResults(bilingualScalesInstrument, bothLanguages, 6)!;
    expect(results.map((result) => [result.language, result.n, result.reliability.length])).toEqual([
      ["en", null, 0],
      ["es", null, 0],
    ]);
    expect(results[1]!.note).toContain("fewer than 6 respondents");
  });

  it("keeps the results of an English-only survey as they were", () => {
    expect(languageResults(miniInstrument, tableOf([["en", ENGLISH]]), 5)).toBeNull();
  });
});

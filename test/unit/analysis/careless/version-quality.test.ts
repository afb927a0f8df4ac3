import { describe, expect, it } from "vitest";
import { type CarelessThresholds, type QualityInput, versionQuality } from "../../../../analysis/careless";
import type { Answers } from "../../../../instrument/answers";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { EMPTY_PRESENTATION } from "../../../../instrument/presentation-order";
import { answerFields } from "../../../../instrument/traversal";

const definition = loadDefaultInstrument();
/** The lab's thresholds (decision 009; app/surveys/quality-rules.ts), written out so the test stands alone. */
const LAB: CarelessThresholds = {
  speederMedianFraction: 1 / 3,
  longstringMinMatrixRows: 6,
  longstringMinMatrices: 2,
  irvMin: 0.5,
  evenOddMin: 0,
  evenOddMinScales: 3,
  mahalanobisAlpha: 0.001,
};
const matrixRows = answerFields(definition).filter((field) => field.item.type === "matrix");

/** Every matrix row answered with `code` (the attention check as told unless `failCheck`). */
function straightLine(code: number, failCheck = false): Answers {
  return Object.fromEntries(
    matrixRows.map((field) => [
      field.id,
      field.attentionCheck && !failCheck ? field.attentionCheck.expected : code,
    ]),
  );
}

const input = (id: string, answers: Answers, overrides: Partial<QualityInput> = {}): QualityInput => ({
  id,
  answers,
  presentation: EMPTY_PRESENTATION,
  durationSeconds: 300,
  completion: "complete",
  flags: [],
  ...overrides,
});

describe("versionQuality", () => {
  it("flags a straight-liner by longstring, IRV and (when the check is not answered as told) attention", () => {
    const result = versionQuality(
      definition,
      [input("a", straightLine(3, true)), input("b", straightLine(4))],
      LAB,
    );
    const [a, b] = result.responses;
    expect(a?.flagged).toEqual(["longstring", "irv", "attention"]);
    expect(a?.failedChecks).toEqual(["inst_attention"]);
    expect(a?.longstring.matrices.find((m) => m.matrixId === "institutional")).toEqual({
      matrixId: "institutional",
      rows: 8,
      longest: 8,
    });
    // b answered the check as told, which breaks the institutional string; two other long matrices remain.
    // Code 4 on the reverse-keyed items reads as 2, so b's half means disagree: even-odd flags b too (a's
    // 3s read as 3 either way, leaving no variation to correlate: even-odd is undefined for a).
    expect(b?.flagged).toEqual(["longstring", "irv", "even-odd"]);
    expect(a?.evenOdd).toBeNull();
    expect(b?.longstring.matrices.find((m) => m.matrixId === "institutional")?.longest).toBeLessThan(8);
  });

  it("reads the matrix rows in the order the respondent saw them", () => {
    const answers: Answers = { ...straightLine(2), prot_hold_back: 5, prot_script: 5, prot_dread: 5 };
    const shown = {
      ...EMPTY_PRESENTATION,
      rows: {
        protective: [
          "prot_hold_back",
          "prot_switch_off",
          "prot_script",
          "prot_short",
          "prot_dread",
          "prot_let_care",
        ],
      },
    };
    const [inOrder, shuffled] = versionQuality(
      definition,
      [input("a", answers), input("b", answers, { presentation: shown })],
      LAB,
    ).responses;
    expect(inOrder?.longstring.matrices.find((m) => m.matrixId === "protective")?.longest).toBe(3);
    expect(shuffled?.longstring.matrices.find((m) => m.matrixId === "protective")?.longest).toBe(1);
  });

  it("marks speeders among complete responses only, and records automated-submission flags", () => {
    const result = versionQuality(
      definition,
      [
        input("a", {}, { durationSeconds: 600 }),
        input("b", {}, { durationSeconds: 90 }),
        input("c", {}, { durationSeconds: 630 }),
        input("d", {}, { durationSeconds: 20, completion: "partial", flags: ["honeypot"] }),
      ],
      LAB,
    );
    expect(result.speeder).toEqual({ median: 600, cutoff: 200 });
    expect(result.responses.map((response) => response.flagged)).toEqual([
      [],
      ["speeder"],
      [],
      ["automated"],
    ]);
  });

  it("says why Mahalanobis D² is not computed instead of failing the page", () => {
    const result = versionQuality(
      definition,
      [input("a", straightLine(1)), input("b", straightLine(2))],
      LAB,
    );
    expect(result.mahalanobis).toMatchObject({
      k: 23,
      completeRows: 0,
      problem: "needs more complete rows than items",
    });
    expect(result.responses.every((response) => response.mahalanobis === null)).toBe(true);
  });

  it("flags by the thresholds it is given", () => {
    const inputs = [
      input("a", {}, { durationSeconds: 600 }),
      input("b", {}, { durationSeconds: 90 }),
      input("c", {}, { durationSeconds: 630 }),
    ];
    const strict = versionQuality(definition, inputs, { ...LAB, speederMedianFraction: 0.1 });
    expect(strict.speeder).toEqual({ median: 600, cutoff: 60 });
    expect(strict.responses.map((response) => response.flagged)).toEqual([[], [], []]);
  });
});

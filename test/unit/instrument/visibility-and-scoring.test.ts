import { describe, expect, it } from "vitest";
import { createPresentation, orderedOptions, orderedRows } from "../../../instrument/presentation-order";
import { minimumAnswered, scoreResponse } from "../../../instrument/scoring";
import { pageAfter, pruneHiddenAnswers, visiblePages } from "../../../instrument/visibility";
import { miniInstrument } from "../../fixtures/mini-instrument";

describe("branching", () => {
  it("shows the leavers' page only to people who left support", () => {
    expect(visiblePages(miniInstrument, { role: 1 }).map((page) => page.id)).toEqual([
      "start",
      "work",
      "strain",
    ]);
    expect(visiblePages(miniInstrument, { role: 3 }).map((page) => page.id)).toEqual([
      "start",
      "work",
      "strain",
      "after",
    ]);
    expect(pageAfter(miniInstrument, "strain", { role: 1 })).toBeNull();
    expect(pageAfter(miniInstrument, "strain", { role: 3 })?.id).toBe("after");
  });

  it("drops answers to questions that became hidden when an earlier answer changed", () => {
    const answers = { consent: 1, adult: 1, role: 1, since_left: 4, protect: "x" };
    expect(pruneHiddenAnswers(miniInstrument, answers)).toEqual({ consent: 1, adult: 1, role: 1 });
    expect(pruneHiddenAnswers(miniInstrument, { ...answers, role: 3 })).toEqual({ ...answers, role: 3 });
  });
});

describe("scoring", () => {
  it("needs ceil(share × k) answered items (the CBI's at-least-half rule)", () => {
    expect(minimumAnswered({ items: ["a", "b", "c", "d", "e", "f", "g"], minAnsweredShare: 0.5 })).toBe(4);
    expect(minimumAnswered({ items: ["a", "b", "c", "d", "e", "f"], minAnsweredShare: 0.5 })).toBe(3);
  });

  it("scores with option scores, mirrors reverse items and ignores attention checks", () => {
    // b1 Always = 100, b2 Often = 75, b3 unanswered, b4 Never = 0 → reversed to 100; mean = 275 / 3.
    const scores = scoreResponse(miniInstrument, { b1: 1, b2: 2, b4: 5, attn: 1 });
    expect(scores.strain_score).toBeCloseTo(275 / 3, 12);
    expect(scoreResponse(miniInstrument, { b1: 1 }).strain_score).toBeNull();
  });

  it("rescales to 0–100 and treats “Don't know” as missing", () => {
    // backing Agree (4) → 75; recovery Disagree (2) reversed → 4 → 75.
    expect(scoreResponse(miniInstrument, { backing: 4, recovery: 2 }).support).toBe(75);
    expect(scoreResponse(miniInstrument, { backing: 5, recovery: 1 }).support).toBe(100);
    expect(scoreResponse(miniInstrument, { backing: 4, recovery: 9 }).support).toBeNull();
  });

  it("computes derived differences only when both parts are present", () => {
    expect(scoreResponse(miniInstrument, { years: 10, since_left: 3 }).years_before_leaving).toBe(7);
    expect(scoreResponse(miniInstrument, { years: 10 }).years_before_leaving).toBeNull();
  });
});

describe("presentation order", () => {
  function sequence(values: number[]) {
    let index = 0;
    return () => values[index++ % values.length] ?? 0;
  }

  it("shuffles reproducibly, keeps fixed options in place and is applied when rendering", () => {
    const random = () => sequence([0.9, 0.1, 0.5, 0.3, 0.7, 0.2]);
    const first = createPresentation(miniInstrument, random());
    expect(createPresentation(miniInstrument, random())).toEqual(first);
    expect(first.options.role?.at(-1)).toBe(9);
    expect(first.options.channels?.at(-1)).toBe(5);
    expect([...(first.rows.freq_block ?? [])].sort()).toEqual(["attn", "b1", "b2", "b3", "b4"]);

    const matrix = miniInstrument.pages[2]?.items[0];
    if (matrix?.type !== "matrix") throw new Error("fixture changed");
    expect(orderedRows(matrix, first).map((row) => row.id)).toEqual(first.rows.freq_block);
    const role = miniInstrument.pages[1]?.items[1];
    if (role?.type !== "single") throw new Error("fixture changed");
    expect(orderedOptions(role, role.options, first).map((option) => option.code)).toEqual(
      first.options.role,
    );
  });
});

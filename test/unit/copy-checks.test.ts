import { describe, expect, it } from "vitest";
import { copyMistakes } from "../support/copy-checks";

describe("copyMistakes", () => {
  it("finds the mistakes of issue 15, item 14", () => {
    expect(copyMistakes("ties at a cut go to the lower group).):")).toHaveLength(1);
    expect(copyMistakes("one test per erosion outcome.; Linear")).toHaveLength(1);
    expect(copyMistakes("difference -16.2 points")).toHaveLength(1);
    expect(copyMistakes("estimate −0.0 beside a CI")).toHaveLength(1);
    expect(copyMistakes("estimate -0.00 (95% CI")).toHaveLength(2);
    expect(
      copyMistakes("What would have protected you? (optional) Optional. Please leave out names"),
    ).toHaveLength(1);
  });

  it("leaves correct copy alone", () => {
    for (const fine of [
      "difference −16.2 points (95% CI −20.8 to −12.1; n = 195 and 211).",
      "e.g., a change; i.e., none… and so on...",
      "estimate −0.0037 to −0.0018, on 2026-12-02, at 0–2 years",
      "see http://localhost:3000/findings/x-1/v/2 (version 2).",
      "r = 0.00, p < .001: a result.",
      "Kristensen, T. S., Borritz, M., & Smith et al., 2005.",
      "Show the data\nData behind the chart; when: When starting",
      // A resume code whose groups start with 0 (seen in CI: 1 page in 10 or so failed on it).
      "Your code, valid within 30 days: VVRM-PJRQ-0KRG-0SAJ Save",
    ])
      expect(copyMistakes(fine), fine).toEqual([]);
  });
});

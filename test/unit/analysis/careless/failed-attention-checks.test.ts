import { describe, expect, it } from "vitest";
import { failedAttentionChecks } from "../../../../analysis/careless/failed-attention-checks";

describe("failedAttentionChecks", () => {
  it("fails a wrong or blank answer to a check the respondent saw, and skips checks never shown", () => {
    const checks = [
      { id: "att_a", expected: 2 },
      { id: "att_b", expected: 5 },
    ];
    expect(
      failedAttentionChecks(
        [{ att_a: 2, att_b: 5 }, { att_a: 4, att_b: 5 }, { att_a: null }, {}, { att_a: 3, att_b: 1 }],
        checks,
      ),
    ).toEqual([[], ["att_a"], ["att_a"], [], ["att_a", "att_b"]]);
  });
});

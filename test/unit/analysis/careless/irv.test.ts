import { describe, expect, it } from "vitest";
import { irv } from "../../../../analysis/careless/irv";
import { expectRelativelyClose } from "../close-to";
import { ITEM_ROWS } from "./careless-reference-data";

describe("irv", () => {
  it("reproduces careless::irv (row SD over the answered items)", () => {
    // R 4.2 (careless >= 1.2.0 formula): apply(X, 1, sd, na.rm = TRUE)
    const expected = [
      1.044465935734187, 1.2673044646258476, 1.403458930534474, 0.78173595997057166, 1.378954368902449,
      1.5954480704349312, 1.1677484162422844, 1.3887301496588271,
    ];
    const actual = irv(ITEM_ROWS);
    expected.forEach((value, index) =>
      expectRelativelyClose(actual[index]!, value, 1e-13, `row ${index + 1}`),
    );
  });

  it("is 0 for a straight line and null with fewer than two answers", () => {
    // R: sd(c(3,3,3)) = 0; sd(c(4), na.rm = TRUE) = NA
    expect(irv([[3, 3, 3], [null, 4, null], []])).toEqual([0, null, null]);
  });

  it("throws on values that are not finite numbers or null", () => {
    expect(() => irv([[1, Number.POSITIVE_INFINITY]])).toThrow("irv requires finite numbers or null");
  });
});

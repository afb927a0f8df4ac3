import { describe, expect, it } from "vitest";
import { longstring } from "../../../../analysis/careless/longstring";
import { ITEM_ROWS } from "./careless-reference-data";

describe("longstring", () => {
  it("reproduces careless::longstring, blanks breaking runs as in rle", () => {
    // R 4.2 (careless >= 1.2.0 formula): apply(X, 1, function(r) max(rle(r)$lengths)) → 6 1 2 3 3 2 3 4
    expect(longstring(ITEM_ROWS)).toEqual([6, 1, 2, 3, 3, 2, 3, 4]);
  });

  it("counts a whole straight-lined matrix, a lone answer and an empty row", () => {
    expect(longstring([[4, 4, 4, 4, 4, 4], [2], [], [null, null]])).toEqual([6, 1, 0, 1]);
  });

  it("throws on values that are not finite numbers or null", () => {
    expect(() => longstring([[1, Number.NaN]])).toThrow("longstring requires finite numbers or null");
  });
});

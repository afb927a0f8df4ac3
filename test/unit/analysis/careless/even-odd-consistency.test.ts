import { describe, expect, it } from "vitest";
import { evenOddConsistency } from "../../../../analysis/careless/even-odd-consistency";
import { expectRelativelyClose } from "../close-to";
import { ITEM_ROWS } from "./careless-reference-data";

// R 4.2, careless::evenodd's formula (>= 1.2.0) written out, without its final sign flip (careless returns
// 0 - value so that higher means more careless):
// evenodd <- function(x, factors, sb = TRUE) t(apply(x, 1, function(r) {
//   f <- matrix(NA, length(factors), 2); start <- 1
//   for (j in seq_along(factors)) {
//     if (j > 1) start <- start + factors[j - 1]
//     s <- r[start:(start + factors[j] - 1)]; ind <- seq_along(s)
//     f[j, 1] <- mean(s[ind %% 2 == 0], na.rm = TRUE); f[j, 2] <- mean(s[ind %% 2 == 1], na.rm = TRUE)
//   }
//   val <- suppressWarnings(cor(f[, 1], f[, 2], use = "pairwise.complete.obs"))
//   if (sb) { val <- (2 * val) / (1 + val); if (!is.na(val) && val < -1) val <- -1 }
//   c(val, sum(!is.na(apply(f, 1, sum))))
// }))
function expectResults(
  actual: ReturnType<typeof evenOddConsistency>,
  expected: ReadonlyArray<readonly [number | null, number]>,
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach(([consistency, pairs], index) => {
    expect(actual[index]!.pairs, `pairs of row ${index + 1}`).toBe(pairs);
    if (consistency === null) expect(actual[index]!.consistency, `row ${index + 1}`).toBeNull();
    else expectRelativelyClose(actual[index]!.consistency!, consistency, 1e-12, `row ${index + 1}`);
  });
}

describe("evenOddConsistency", () => {
  it("reproduces careless::evenodd with the Spearman–Brown step-up (three 4-item scales)", () => {
    // R: evenodd(X, c(4, 4, 4))
    expectResults(evenOddConsistency(ITEM_ROWS, [4, 4, 4]), [
      [-0.7675918792439983, 3],
      [null, 3], // the even and the odd half means do not vary: cor is NA
      [1, 3],
      [0.86100174808612073, 3],
      [0.95550853022617832, 3],
      [-1, 3], // r = -1 → 2r/(1 + r) = -Inf, floored at -1 as careless does
      [0.98666666666666658, 3],
      [1, 2], // the first scale is blank: two pairs
    ]);
  });

  it("reproduces the uncorrected correlation (spearmanBrown: false)", () => {
    // R: evenodd(X, c(4, 4, 4), sb = FALSE)
    expectResults(evenOddConsistency(ITEM_ROWS, [4, 4, 4], { spearmanBrown: false }), [
      [-0.27735009811261457, 3],
      [null, 3],
      [1, 3],
      [0.75592894601845451, 3],
      [0.91480740425107343, 3],
      [-1, 3],
      [0.97368421052631582, 3],
      [1, 2],
    ]);
  });

  it("splits scales of odd length by position within each scale", () => {
    // R: evenodd(X, c(5, 4, 3))
    expectResults(evenOddConsistency(ITEM_ROWS, [5, 4, 3]), [
      [-1, 3],
      [null, 3],
      [0.99633358957812868, 3],
      [0.92820323027550911, 3],
      [0.99979852249014234, 3],
      [-0.2916252451934439, 3],
      [0.99120609095445544, 3],
      [1, 2],
    ]);
  });

  it("throws on a single factor, bad lengths or lengths that do not add up", () => {
    expect(() => evenOddConsistency(ITEM_ROWS, [12])).toThrow(
      "evenOddConsistency requires at least 2 factors",
    );
    expect(() => evenOddConsistency(ITEM_ROWS, [6, 0, 6])).toThrow(
      "requires factors of positive integer lengths",
    );
    expect(() => evenOddConsistency(ITEM_ROWS, [4, 4])).toThrow(
      "requires factors summing to the number of columns",
    );
  });
});

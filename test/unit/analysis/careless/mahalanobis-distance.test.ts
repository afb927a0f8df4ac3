import { describe, expect, it } from "vitest";
import { mahalanobisDistance } from "../../../../analysis/careless/mahalanobis-distance";
import { expectRelativelyClose } from "../close-to";
import { STACKLOSS } from "./careless-reference-data";

describe("mahalanobisDistance", () => {
  it("reproduces mahalanobis() on the complete cases, with χ²(k) p-values", () => {
    // R 4.2: S <- as.matrix(stackloss); S[3, 2] <- NA; S[10, 4] <- NA; X <- na.omit(S)
    //        d <- mahalanobis(S, colMeans(X), cov(X)); pchisq(d, 4, lower.tail = FALSE)
    const rows = STACKLOSS.map((row, index) =>
      index === 2 ? [row[0]!, null, row[2]!, row[3]!] : index === 9 ? [row[0]!, row[1]!, row[2]!, null] : row,
    );
    const d2 = [
      8.0531799034474805,
      5.9731774750039302,
      null,
      5.7161965158567787,
      0.30114828822469847,
      1.381211969134696,
      3.971071206648837,
      3.5414033496615618,
      2.7810360381769659,
      null,
      3.0296090160324467,
      4.5319070183631842,
      2.7080149882543863,
      2.7644962991494797,
      3.0498441563210643,
      1.544831147756607,
      7.471018173337308,
      2.2000815337196635,
      2.3446516345576853,
      1.0069020830416471,
      9.6302192033116043,
    ];
    const p = [0.0896494566696701, 0.20116037061559236, null, 0.22136909107714886];
    const result = mahalanobisDistance(rows);
    expect(result.k).toBe(4);
    expect(result.completeRows).toBe(19);
    d2.forEach((value, index) => {
      if (value === null) expect(result.d2[index]).toBeNull();
      else expectRelativelyClose(result.d2[index]!, value, 1e-10, `D² of row ${index + 1}`);
    });
    p.forEach((value, index) => {
      if (value === null) expect(result.p[index]).toBeNull();
      else expectRelativelyClose(result.p[index]!, value, 1e-9, `p of row ${index + 1}`);
    });
    // R: pchisq(9.6302192033116043, 4, lower.tail = FALSE) = 0.047139218128467011
    expectRelativelyClose(result.p[20]!, 0.047139218128467011, 1e-9);
  });

  it("gives the textbook two-item example", () => {
    // R: x <- rbind(c(1,2), c(2,1), c(3,4), c(4,3), c(5,5)); mahalanobis(x, colMeans(x), cov(x))
    const { d2 } = mahalanobisDistance([
      [1, 2],
      [2, 1],
      [3, 4],
      [4, 3],
      [5, 5],
    ]);
    [2, 2, 1.1111111111111112, 1.1111111111111112, 1.7777777777777772].forEach((value, index) =>
      expectRelativelyClose(d2[index]!, value, 1e-12),
    );
  });

  it("says clearly when the covariance is singular or there are too few complete rows", () => {
    // R: solve(cov(cbind(1:5, 2 * (1:5)))) → "system is exactly singular"
    expect(() => mahalanobisDistance([1, 2, 3, 4, 5].map((x) => [x, 2 * x, x % 2]))).toThrow(
      "mahalanobisDistance requires a non-singular covariance matrix",
    );
    expect(() =>
      mahalanobisDistance([
        [3, 1],
        [3, 2],
        [3, 4],
        [3, 5],
      ]),
    ).toThrow("non-singular covariance");
    expect(() =>
      mahalanobisDistance([
        [1, 2],
        [2, null],
        [3, 1],
      ]),
    ).toThrow("mahalanobisDistance requires more complete rows than items");
    expect(() => mahalanobisDistance([[1], [2], [3]])).toThrow(
      "mahalanobisDistance requires at least 2 items",
    );
  });
});

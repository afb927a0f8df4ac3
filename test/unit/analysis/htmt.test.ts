import { describe, expect, it } from "vitest";
import { disattenuatedCorrelation } from "../../../analysis/disattenuated-correlation";
import { htmt } from "../../../analysis/htmt";

// A 6-row example small enough to check by hand in R:
// x1 <- c(1,2,3,4,5,6); x2 <- c(2,1,4,3,6,5); y1 <- c(1,3,2,5,4,6); y2 <- c(3,1,2,6,5,4)
// r <- cor(cbind(x1, x2, y1, y2)); mean(r[1:2, 3:4]) / sqrt(r[1, 2] * r[3, 4]) → 0.891484988320419
const x = [Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(2, 1, 4, 3, 6, 5)];
const y = [Float64Array.of(1, 3, 2, 5, 4, 6), Float64Array.of(3, 1, 2, 6, 5, 4)];

describe("htmt", () => {
  it("is the mean heterotrait correlation over the geometric mean of the monotrait means", () => {
    expect(htmt(x, y)).toBeCloseTo(0.891484988320419, 12);
    expect(htmt(y, x)).toBeCloseTo(0.891484988320419, 12);
  });

  it("is undefined (NaN) when an item does not vary, and refuses a one-item scale", () => {
    expect(htmt([x[0]!, Float64Array.of(1, 1, 1, 1, 1, 1)], y)).toBeNaN();
    expect(() => htmt([x[0]!], y)).toThrow("htmt requires at least 2 items in each scale");
  });
});

describe("disattenuatedCorrelation", () => {
  it("divides r by the square root of both reliabilities (Spearman 1904)", () => {
    expect(disattenuatedCorrelation(0.5, 0.8, 0.9)).toBeCloseTo(0.5 / Math.sqrt(0.72), 15);
    expect(() => disattenuatedCorrelation(0.5, 0, 0.9)).toThrow("reliabilities in (0, 1]");
    expect(() => disattenuatedCorrelation(1.5, 0.8, 0.9)).toThrow("r in [−1, 1]");
  });
});

import { describe, expect, it } from "vitest";
import { cliffsDelta } from "../../../analysis/cliffs-delta";
import { cliffsDeltaCI } from "../../../analysis/cliffs-delta-ci";
import { expectRelativelyClose } from "./close-to";
import { LIKERT_A, LIKERT_B, MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

// effsize is not installed with R 4.2.2 here, so the references come from a hand implementation in R of
// effsize::cliff.delta's defaults (dominance matrix, unbiased variance, t quantile with n1 + n2 − 2 df):
//   dm <- sign(outer(a, b, "-")); d <- mean(dm); n1 <- length(a); n2 <- length(b)
//   S <- (n2^2*sum((rowMeans(dm)-d)^2) + n1^2*sum((colMeans(dm)-d)^2) - sum((dm-d)^2)) / (n1*n2*(n1-1)*(n2-1))
//   Z <- qt(0.975, n1+n2-2); (d - d^3 + c(-1,1)*Z*sqrt(S)*sqrt((1-d^2)^2 + Z^2*S)) / (1 - d^2 + Z^2*S)
// The hand implementation reproduces effsize's own documented example (CliffDelta.R:
// treatment = c(10,10,20,20,20,30,30,30,40,50), control = c(10,20,30,40,40,50) → δ = -0.25,
// CI [-0.7265846, 0.3890062]), which is the first case below.
const CASES = Object.freeze([
  {
    a: [10, 10, 20, 20, 20, 30, 30, 30, 40, 50],
    b: [10, 20, 30, 40, 40, 50],
    delta: -0.25,
    ci: [-0.72658459, 0.38900619],
    tol: 1e-7,
  },
  // R (hand effsize): sleep → -0.49, [-0.80585386083428234, 0.042941723740094417]
  { a: SLEEP_1, b: SLEEP_2, delta: -0.49, ci: [-0.80585386083428234, 0.042941723740094417], tol: 1e-9 },
  // R (hand effsize): mtcars mpg am0 vs am1 → -0.65991902834008098, [-0.865703792460223, -0.26331539627630302]
  {
    a: MPG_AUTOMATIC,
    b: MPG_MANUAL,
    delta: -0.65991902834008098,
    ci: [-0.865703792460223, -0.26331539627630302],
    tol: 1e-9,
  },
  // R (hand effsize): Likert → 0.65446224256292906, [0.35385985667313463, 0.83251644587439799]
  {
    a: LIKERT_A,
    b: LIKERT_B,
    delta: 0.65446224256292906,
    ci: [0.35385985667313463, 0.83251644587439799],
    tol: 1e-9,
  },
] as const);

describe("cliffsDeltaCI", () => {
  it("reproduces effsize::cliff.delta (defaults) as implemented by hand in R", () => {
    for (const c of CASES) {
      const result = cliffsDeltaCI(Object.freeze([...c.a]), Object.freeze([...c.b]));
      expectRelativelyClose(result.delta, c.delta, 1e-12, "delta");
      expectRelativelyClose(result.ci95[0], c.ci[0], c.tol, "lower");
      expectRelativelyClose(result.ci95[1], c.ci[1], c.tol, "upper");
    }
  });

  it("agrees with cliffsDelta and keeps the interval inside [−1, 1]", () => {
    const result = cliffsDeltaCI(MPG_MANUAL, MPG_AUTOMATIC);
    expect(result.delta).toBe(cliffsDelta(MPG_MANUAL, MPG_AUTOMATIC));
    expect(result.ci95[0]).toBeLessThan(result.delta);
    expect(result.ci95[1]).toBeGreaterThan(result.delta);
  });

  it("pins the bound at ±1 for fully separated samples, as effsize does", () => {
    const up = cliffsDeltaCI([5, 6, 7, 8], [1, 2, 3]);
    expect(up.delta).toBe(1);
    expect(up.ci95[1]).toBe(1);
    expect(up.ci95[0]).toBeGreaterThan(0);
    expect(up.ci95[0]).toBeLessThan(1);
    const down = cliffsDeltaCI([1, 2, 3], [5, 6, 7, 8]);
    expect(down.delta).toBe(-1);
    expect(down.ci95[0]).toBe(-1);
    expect(down.ci95[1]).toBeCloseTo(-up.ci95[0], 12);
  });

  it("throws on too-small or non-finite input", () => {
    expect(() => cliffsDeltaCI([1], [1, 2])).toThrow(
      "cliffsDeltaCI requires at least 2 values in each group",
    );
    expect(() => cliffsDeltaCI([1, 2], [1, Number.NaN])).toThrow("cliffsDeltaCI requires finite numbers");
  });
});

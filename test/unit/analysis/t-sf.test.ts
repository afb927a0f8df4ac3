import { describe, expect, it } from "vitest";
import { tCdf, tSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [t, df, P(T > t)] — reference values from R 4.2.2 (pt → TOMS 708 pbeta for df ≤ 4e5), digits = 17.
// Includes the Welch statistics of R's sleep data (t = 1.8608, df = 17.776) and mtcars mpg ~ am (t = 3.7671).
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [12, 17.3, 4.0798579639438822e-10], // R 4.2.2: pt(12, 17.3, lower.tail = FALSE) → 4.07986e-10
  [25, 10, 1.1996963800316708e-10], // R 4.2.2: pt(25, 10, lower.tail = FALSE) → 1.1997e-10
  [40, 300, 1.4262090197655547e-122], // R 4.2.2: pt(40, 300, lower.tail = FALSE) → 1.42621e-122
  [2.1, 17.776473516, 0.025138036400530989], // R 4.2.2: pt(2.1, 17.776473516, lower.tail = FALSE) → 0.025138
  [1.8608134674868526, 17.776473516, 0.039697070093762957], // R 4.2.2: pt(1.8608134674868526, 17.776473516, lower.tail = FALSE) → 0.0396971
  [3.7671, 18.332, 0.0006868686823363145], // R 4.2.2: pt(3.7671, 18.332, lower.tail = FALSE) → 0.000686869
  [3, 1, 0.10241638234956672], // R 4.2.2: pt(3, 1, lower.tail = FALSE) → 0.102416
  [1e6, 1, 3.1830988618368455e-7], // R 4.2.2: pt(1e6, 1, lower.tail = FALSE) → 3.1831e-07
  [200, 0.7, 0.0076172615305450725], // R 4.2.2: pt(200, 0.7, lower.tail = FALSE) → 0.00761726
  [1, 0.3, 0.34161139088051667], // R 4.2.2: pt(1, 0.3, lower.tail = FALSE) → 0.341611
  [0.5, 2, 0.33333333333333337], // R 4.2.2: pt(0.5, 2, lower.tail = FALSE) → 0.333333
  [1e-8, 5, 0.49999999620393309], // R 4.2.2: pt(1e-8, 5, lower.tail = FALSE) → 0.5
  [0, 4.5, 0.5], // R 4.2.2: pt(0, 4.5, lower.tail = FALSE) → 0.5
  [-0.25, 3, 0.59063538878558519], // R 4.2.2: pt(-0.25, 3, lower.tail = FALSE) → 0.590635
  [-1, 1, 0.75000000000000022], // R 4.2.2: pt(-1, 1, lower.tail = FALSE) → 0.75
  [2, 10, 0.036694017385370196], // R 4.2.2: pt(2, 10, lower.tail = FALSE) → 0.036694
  [5, 100, 1.225086706751898e-6], // R 4.2.2: pt(5, 100, lower.tail = FALSE) → 1.22509e-06
  [8, 1000, 1.7133307411957424e-15], // R 4.2.2: pt(8, 1000, lower.tail = FALSE) → 1.71333e-15
  [5, 12345.6, 2.905869716169684e-7], // R 4.2.2: pt(5, 12345.6, lower.tail = FALSE) → 2.90587e-07
  [3, 400000, 0.001349981130148532], // R 4.2.2: pt(3, 400000, lower.tail = FALSE) → 0.00134998
  [12, 400000, 1.7999724031432179e-33], // R 4.2.2: pt(12, 400000, lower.tail = FALSE) → 1.79997e-33
  [20, 3.3, 7.3549896995906273e-5], // R 4.2.2: pt(20, 3.3, lower.tail = FALSE) → 7.35499e-05
  [6, 2, 0.013335736607712385], // R 4.2.2: pt(6, 2, lower.tail = FALSE) → 0.0133357
  [60, 60, 1.4243034807199242e-55], // R 4.2.2: pt(60, 60, lower.tail = FALSE) → 1.4243e-55
  [-7, 8, 0.99994368072543649], // R 4.2.2: pt(-7, 8, lower.tail = FALSE) → 0.999944
] as const);

describe("tSf", () => {
  it("matches R's pt(t, df, lower.tail = FALSE) to 1e-10 relative, including upper tails down to 1e-120", () => {
    for (const [t, df, expected] of CASES)
      expectRelativelyClose(tSf(t, df), expected, 1e-10, `tSf(${t}, ${df})`);
  });

  it("gives the two-sided p-value of the Welch test on R's sleep data", () => {
    // R datasets::sleep; t.test(extra ~ group) → t = -1.8608134674868526, df = 17.776473516, p-value = 0.07939
    // R 4.2.2: t.test(extra ~ group, data = sleep)$p.value → 0.079394140187358173
    expectRelativelyClose(2 * tSf(1.8608134674868526, 17.776473516), 0.079394140187358173, 1e-8);
  });

  it("computes the upper tail directly, not as 1 − cdf", () => {
    // 1 − tCdf(t) keeps only ~4 digits of a 1e-12 tail; tSf keeps all of them.
    // R 4.2.2: pt(1e4, 3, lower.tail = FALSE) → 1.1026577511479063e-12
    expectRelativelyClose(tSf(1e4, 3), 1.1026577511479063e-12, 1e-12);
    expect(Math.abs(1 - tCdf(1e4, 3) - 1.1026577511479063e-12)).toBeGreaterThan(1e-17);
    // R 4.2.2: pt(25, 10, lower.tail = FALSE) → 1.1996963800316708e-10
    expectRelativelyClose(tSf(25, 10), 1.1996963800316708e-10, 1e-12);
  });

  it("throws on NaN t and on df ≤ 0", () => {
    expect(() => tSf(Number.NaN, 3)).toThrow("tSf requires t to be a number, not NaN");
    for (const df of [0, -2, Number.NaN]) expect(() => tSf(1, df)).toThrow("tSf requires df > 0");
  });
});

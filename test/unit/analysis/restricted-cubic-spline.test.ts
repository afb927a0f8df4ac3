import { describe, expect, it } from "vitest";
import { restrictedCubicSpline } from "../../../analysis/restricted-cubic-spline";
import { deterministicUniforms as u } from "./generated-reference-data";
import { CARS_SPEED as speed } from "./regression-reference-data";
import { expectAllRel } from "./relative-agreement";

// All expected values: R 4.2.2 with Hmisc 4.8.0, rcspline.eval(x, nk = k, inclx = TRUE) (norm = 2, as rms::rcs),
// printed with sprintf("%.17g", …).
describe("restrictedCubicSpline", () => {
  it("matches Hmisc::rcspline.eval(cars$speed, nk = 4, inclx = TRUE): knots and basis (n < 100 rule)", () => {
    const { knots, columns } = restrictedCubicSpline(speed, { nk: 4 });
    // attr(b, "knots") → 8 13 18 24 (outer knots = 5th smallest / 5th largest because n = 50 < 100)
    expect(knots).toEqual([8, 13, 18, 24]);
    expect(columns).toHaveLength(3);
    expect(columns[0]).toEqual([...speed]);
    expectAllRel(
      columns[1]!,
      [
        0, 0, 0, 0, 0, 0.00390625, 0.03125, 0.03125, 0.03125, 0.10546875000000003, 0.10546875000000003, 0.25,
        0.25, 0.25, 0.25, 0.48828125000000006, 0.48828125000000006, 0.48828125000000006, 0.48828125000000006,
        0.84375000000000022, 0.84375000000000022, 0.84375000000000022, 0.84375000000000022,
        1.3398437500000004, 1.3398437500000004, 1.3398437500000004, 2, 2, 2.8476562500000009,
        2.8476562500000009, 2.8476562500000009, 3.9062500000000004, 3.9062500000000004, 3.9062500000000004,
        3.9062500000000004, 5.1888020833333348, 5.1888020833333348, 5.1888020833333348, 6.6666666666666687,
        6.6666666666666687, 6.6666666666666687, 6.6666666666666687, 6.6666666666666687, 10.052083333333337,
        11.881510416666671, 13.75, 13.75, 13.75, 13.75, 15.625000000000002,
      ],
    );
    expectAllRel(
      columns[2]!,
      [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.00390625, 0.00390625, 0.00390625,
        0.00390625, 0.03125, 0.03125, 0.03125, 0.10546875000000003, 0.10546875000000003, 0.25, 0.25, 0.25,
        0.48828125000000006, 0.48828125000000006, 0.48828125000000006, 0.48828125000000006,
        0.83658854166666685, 0.83658854166666685, 0.83658854166666685, 1.2825520833333337, 1.2825520833333337,
        1.2825520833333337, 1.2825520833333337, 1.2825520833333337, 2.3893229166666674, 3.0110677083333335,
        3.6523437500000018, 3.6523437500000018, 3.6523437500000018, 3.6523437500000018, 4.2968750000000009,
      ],
    );
  });

  it("defaults to 4 knots and places 3 and 5 knots as Hmisc does", () => {
    expect(restrictedCubicSpline(speed).knots).toEqual([8, 13, 18, 24]);
    // rcspline.eval(cars$speed, nk = 3, knots.only = TRUE); nk = 5
    expect(restrictedCubicSpline(speed, { nk: 3 }).knots).toEqual([8, 15, 24]);
    expect(restrictedCubicSpline(speed, { nk: 5 }).knots).toEqual([8, 12, 15, 19, 24]);
  });

  it("uses Harrell's quantiles for n ≥ 100 (3 to 7 knots) and matches the basis", () => {
    // x <- 10 * u(200)^2; rcspline.eval(x, nk = k, knots.only = TRUE), k = 3…7
    const x = Object.freeze(u(200).map((v) => 10 * v ** 2));
    const expected: Record<number, number[]> = {
      3: [0.10609173608533781, 2.6623432300376195, 8.1072412848525506],
      4: [0.028356242471041324, 1.2905338696897235, 4.4604870028955563, 8.9578033100125118],
      5: [
        0.028356242471041324, 0.81005619628470416, 2.6623432300376191, 5.4528427029949347, 8.9578033100125118,
      ],
      6: [
        0.028356242471041324, 0.56806923912683138, 1.792957966943743, 3.7030224259217772, 6.0705553003495254,
        8.9578033100125118,
      ],
      7: [
        0.008051514839572893, 0.36447886831759352, 1.2492040978306214, 2.6623432300376195, 4.6037782027242029,
        6.7745340302078079, 9.3668481302011042,
      ],
    };
    for (const nk of [3, 4, 5, 6, 7])
      expectAllRel(restrictedCubicSpline(x, { nk }).knots, expected[nk]!, 1e-12);
    // b <- rcspline.eval(x, nk = 5, inclx = TRUE); b[17, ], b[123, ], b[200, ]
    const { columns } = restrictedCubicSpline(x, { nk: 5 });
    const row = (i: number): number[] => columns.map((c) => c[i - 1]!);
    expectAllRel(row(17), [0.44387736916841419, 0.00089976727852633166, 0, 0]);
    expectAllRel(row(123), [0.83559383839866763, 0.0065971294605166675, 2.0887826668892174e-7, 0]);
    expectAllRel(
      row(200),
      [5.0969476888012952, 1.6330997963760043, 0.98804867183370304, 0.18098230070370941],
    );
  });

  it("moves a knot next to a heavily tied minimum or maximum (Hmisc fractied = 0.05)", () => {
    // x3 <- c(rep(0, 30), 1 + 10 * u(120)); rcspline.eval(x3, nk = 4 / 5, knots.only = TRUE)
    const x3 = Object.freeze([...new Array<number>(30).fill(0), ...u(120).map((v) => 1 + 10 * v)]);
    expectAllRel(
      restrictedCubicSpline(x3, { nk: 4 }).knots,
      [1.0349475786320519, 1.6959560659011483, 6.3569645531702443, 10.405391912131799],
      1e-12,
    );
    expectAllRel(
      restrictedCubicSpline(x3, { nk: 5 }).knots,
      [1.0349475786320519, 1.6959560659011483, 4.9745381927109324, 7.7064403394907632, 10.405391912131799],
      1e-12,
    );
    // x4 <- c(rep(-1, 6), 10 * u(68), rep(11, 6)); rcspline.eval(x4, nk = 4, knots.only = TRUE)
    const x4 = Object.freeze([
      ...new Array<number>(6).fill(-1),
      ...u(68).map((v) => 10 * v),
      ...new Array<number>(6).fill(11),
    ]);
    expectAllRel(
      restrictedCubicSpline(x4, { nk: 4 }).knots,
      [0.034947578632051918, 5.2496255616575143, 9.3472291562656018, 9.8202695956065895],
      1e-12,
    );
  });

  it("uses the interior distinct values when there are at most nk + 2 of them", () => {
    // rcspline.eval(rep(1:6, 10), nk = 4, knots.only = TRUE) → 2 3 4 5 (with a warning in R)
    const x = Object.freeze(Array.from({ length: 60 }, (_, i) => (i % 6) + 1));
    expect(restrictedCubicSpline(x, { nk: 4 }).knots).toEqual([2, 3, 4, 5]);
  });

  it("evaluates explicit knots (sorted, de-duplicated) as Hmisc does", () => {
    // t(rcspline.eval(c(-3, 0, 0.5, 1, 2.5, 4, 9), knots = c(0, 1, 2, 5, 8), inclx = TRUE)), row-major by x
    const expected = [
      -3, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.0019531250000000013, 0, 0, 1, 0.01562500000000001, 0, 0, 2.5,
      0.24414062500000014, 0.052734375000000021, 0.0019531250000000013, 4, 1.0000000000000007,
      0.42187500000000017, 0.12500000000000008, 9, 8.7500000000000053, 5.6875000000000036, 3.3750000000000009,
    ];
    const x = Object.freeze([-3, 0, 0.5, 1, 2.5, 4, 9]);
    const { knots, columns } = restrictedCubicSpline(x, { knots: Object.freeze([8, 0, 1, 2, 5, 2]) });
    expect(knots).toEqual([0, 1, 2, 5, 8]);
    x.forEach((_, i) =>
      expectAllRel(
        columns.map((c) => c[i]!),
        expected.slice(i * 4, i * 4 + 4),
      ),
    );
  });

  it("is linear beyond the outer knots (second differences vanish)", () => {
    const x = [30, 31, 32, 33];
    const { columns } = restrictedCubicSpline(x, { knots: [0, 5, 10, 20] });
    for (const col of columns) expect(col[0]! - 2 * col[1]! + col[2]!).toBeCloseTo(0, 9);
  });

  it("throws on invalid input", () => {
    expect(() => restrictedCubicSpline([1, 2, Number.NaN, 4, 5, 6])).toThrow(
      "restrictedCubicSpline requires finite x values",
    );
    expect(() => restrictedCubicSpline([1, 2, 3, 4, 5])).toThrow(
      "restrictedCubicSpline requires at least 6 observations to place knots",
    );
    expect(() => restrictedCubicSpline(speed, { nk: 2 })).toThrow(
      "restrictedCubicSpline requires nk to be an integer of at least 3",
    );
    expect(() => restrictedCubicSpline([1, 2, 3], { knots: [1, 2, 2] })).toThrow(
      "restrictedCubicSpline requires at least 3 distinct knots",
    );
    expect(() => restrictedCubicSpline([1, 1, 1, 2, 2, 2, 3, 3, 3])).toThrow(
      "restrictedCubicSpline requires at least 3 distinct knots",
    );
  });
});

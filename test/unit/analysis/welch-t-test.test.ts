import { describe, expect, it } from "vitest";
import { welchTTest } from "../../../analysis/welch-t-test";
import { expectRelativelyClose } from "./close-to";
import { MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

describe("welchTTest", () => {
  it("reproduces R's t.test on the sleep data", () => {
    const result = welchTTest(SLEEP_1, SLEEP_2);
    // R datasets::sleep; t.test(extra ~ group) → t = -1.8608134674868526, df = 17.776473516178498,
    // p-value = 0.079394140187358173, 95 % CI [-3.3654832307117104, 0.20548323071171018]
    expectRelativelyClose(result.t, -1.8608134674868531, 1e-9);
    expectRelativelyClose(result.df, 17.776473516178498, 1e-9);
    expectRelativelyClose(result.p, 0.079394140187358173, 1e-8);
    expectRelativelyClose(result.meanDiff, -1.58, 1e-12);
    expectRelativelyClose(result.ci95[0], -3.3654832307117104, 1e-9);
    expectRelativelyClose(result.ci95[1], 0.20548323071171018, 1e-9);
  });

  it("reproduces R's t.test on mtcars mpg by transmission", () => {
    const result = welchTTest(MPG_AUTOMATIC, MPG_MANUAL);
    // R: t.test(mpg ~ am, data = mtcars) → t = -3.7671231451449252, df = 18.332251638400461,
    // p = 0.0013736383330710284, CI [-11.280194355040161, -3.2096841874699598]
    expectRelativelyClose(result.t, -3.7671231451449252, 1e-9);
    expectRelativelyClose(result.df, 18.332251638400461, 1e-9);
    expectRelativelyClose(result.p, 0.0013736383330710284, 1e-8);
    expectRelativelyClose(result.meanDiff, -7.2449392712550598, 1e-12);
    expectRelativelyClose(result.ci95[0], -11.280194355040161, 1e-9);
    expectRelativelyClose(result.ci95[1], -3.2096841874699598, 1e-9);
  });

  it("is antisymmetric in its arguments and does not mutate them", () => {
    const a = Object.freeze([1.2, 3.4, 2.2, 5.0]);
    const b = Object.freeze([0.3, 0.9, 1.1]);
    const ab = welchTTest(a, b);
    const ba = welchTTest(b, a);
    expect(ba.t).toBeCloseTo(-ab.t, 14);
    expect(ba.df).toBeCloseTo(ab.df, 12);
    expect(ba.p).toBeCloseTo(ab.p, 14);
    expect(ba.ci95[0]).toBeCloseTo(-ab.ci95[1], 12);
  });

  it("keeps tiny p-values (far tail computed directly)", () => {
    const a = [10.1, 10.3, 9.9, 10.2, 10.0, 10.4];
    const b = [0.1, 0.2, -0.1, 0.0, 0.3, 0.05];
    // R 4.2.2: t.test(a, b) → p-value = 1.1319537712277887e-15, t = 104.66017332156125, df = 9.3523316062176178
    const result = welchTTest(a, b);
    expectRelativelyClose(result.p, 1.1319537712277887e-15, 1e-8);
    expectRelativelyClose(result.t, 104.66017332156125, 1e-9);
    expectRelativelyClose(result.df, 9.3523316062176178, 1e-9);
  });

  it("throws on too-small, non-finite or constant input", () => {
    expect(() => welchTTest([1], [1, 2])).toThrow("welchTTest requires at least 2 values in each group");
    expect(() => welchTTest([1, Number.NaN], [1, 2])).toThrow("welchTTest requires finite numbers");
    expect(() => welchTTest([1, 2], [1, Infinity])).toThrow("welchTTest requires finite numbers");
    expect(() => welchTTest([3, 3, 3], [5, 5])).toThrow(
      "welchTTest requires non-zero variance in at least one group",
    );
  });
});

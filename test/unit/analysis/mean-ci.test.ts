import { describe, expect, it } from "vitest";
import { meanCI } from "../../../analysis/mean-ci";
import { expectRelativelyClose } from "./close-to";
import { MPG_MANUAL, SLEEP_1 } from "./two-sample-reference-data";

describe("meanCI", () => {
  it("reproduces t.test(x)$conf.int on the sleep data (group 1)", () => {
    const result = meanCI(SLEEP_1);
    // R 4.2.2: mean = 0.75, sd = 1.7890096577591625, t.test(x)$conf.int → [-0.52978041352623217, 2.0297804135262321]
    expectRelativelyClose(result.mean, 0.75, 1e-14);
    expectRelativelyClose(result.sd, 1.7890096577591625, 1e-12);
    expect(result.n).toBe(10);
    expectRelativelyClose(result.ci95[0], -0.52978041352623217, 1e-9);
    expectRelativelyClose(result.ci95[1], 2.0297804135262321, 1e-9);
  });

  it("honours another confidence level", () => {
    const result = meanCI(MPG_MANUAL, 0.9);
    // R: t.test(mtcars$mpg[mtcars$am == 1], conf.level = 0.9) → mean 24.392307692307693, sd 6.1665038093533378,
    // CI [21.344096153599164, 27.440519231016221]
    expectRelativelyClose(result.mean, 24.392307692307693, 1e-14);
    expectRelativelyClose(result.sd, 6.1665038093533378, 1e-12);
    expectRelativelyClose(result.ci95[0], 21.344096153599164, 1e-10);
    expectRelativelyClose(result.ci95[1], 27.440519231016221, 1e-10);
  });

  it("stays accurate for data with a large mean and a small spread", () => {
    const result = meanCI(Object.freeze([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4, 1e9 + 0.5]));
    // R: sd(1e9 + c(0.1, 0.2, 0.3, 0.4, 0.5)) → 0.15811386415978768; t.test(...)$conf.int →
    // [1000000000.1036756, 1000000000.4963243]
    expectRelativelyClose(result.sd, 0.15811386415978768, 1e-7);
    expectRelativelyClose(result.ci95[0], 1000000000.1036756, 1e-15);
    expectRelativelyClose(result.ci95[1], 1000000000.4963243, 1e-15);
  });

  it("throws on too few values, non-finite values or an invalid level", () => {
    expect(() => meanCI([1])).toThrow("meanCI requires at least 2 values");
    expect(() => meanCI([1, Number.NaN])).toThrow("meanCI requires finite numbers");
    for (const level of [0, 1, 95, Number.NaN])
      expect(() => meanCI([1, 2], level)).toThrow("meanCI requires a level strictly between 0 and 1");
  });
});

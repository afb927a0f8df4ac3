import { describe, expect, it } from "vitest";
import { wilsonCI } from "../../../analysis/wilson-ci";
import { expectRelativelyClose } from "./close-to";

// [successes, n, lower, upper] — R 4.2.2: prop.test(successes, n, correct = FALSE)$conf.int, digits = 17
const CASES: ReadonlyArray<readonly [number, number, number, number]> = Object.freeze([
  [15, 40, 0.24222979167233277, 0.52967560862698893], // prop.test(15, 40, correct = FALSE)$conf.int
  [0, 10, 0, 0.27753279986288915], // prop.test(0, 10, correct = FALSE)$conf.int
  [10, 10, 0.72246720013711085, 1], // prop.test(10, 10, correct = FALSE)$conf.int
  [1, 1, 0.2065493143772375, 1], // prop.test(1, 1, correct = FALSE)$conf.int
  [123, 1000, 0.10407414325107295, 0.1448112326470356], // prop.test(123, 1000, correct = FALSE)$conf.int
  [1, 3, 0.061491944720396291, 0.79234039919795229], // prop.test(1, 3, correct = FALSE)$conf.int
] as const);

describe("wilsonCI", () => {
  it("reproduces prop.test(..., correct = FALSE)$conf.int", () => {
    for (const [x, n, lower, upper] of CASES) {
      const result = wilsonCI(x, n);
      expect(result.proportion).toBe(x / n);
      expectRelativelyClose(result.ci95[0], lower, 1e-12, `lower ${x}/${n}`);
      expectRelativelyClose(result.ci95[1], upper, 1e-12, `upper ${x}/${n}`);
    }
  });

  it("is symmetric under swapping successes and failures", () => {
    const a = wilsonCI(7, 25);
    const b = wilsonCI(18, 25);
    expect(a.ci95[0]).toBeCloseTo(1 - b.ci95[1], 14);
    expect(a.ci95[1]).toBeCloseTo(1 - b.ci95[0], 14);
  });

  it("throws on non-integer or out-of-range counts", () => {
    for (const n of [0, -1, 2.5, Number.NaN])
      expect(() => wilsonCI(0, n)).toThrow("wilsonCI requires an integer n >= 1");
    for (const x of [-1, 11, 0.5, Number.NaN]) {
      expect(() => wilsonCI(x, 10)).toThrow(
        "wilsonCI requires an integer number of successes between 0 and n",
      );
    }
  });
});

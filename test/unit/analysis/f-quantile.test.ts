import { describe, expect, it } from "vitest";
import { fSf } from "../../../analysis/distributions";
import { fQuantile } from "../../../analysis/distributions/f-quantile";
import { expectRelativelyClose } from "./close-to";

// [p, df1, df2, qf(p, df1, df2)] — R 4.2.2, digits = 17
const CASES: ReadonlyArray<readonly [number, number, number, number]> = Object.freeze([
  [0.95, 1, 20, 4.3512435033292896], // qf(0.95, 1, 20)
  [0.975, 14, 126, 1.9718730746580706], // qf(0.975, 14, 126) (Feldt interval of a 15 × 10 α)
  [0.025, 14, 126, 0.39232569229080694], // qf(0.025, 14, 126)
  [0.5, 3, 7.5, 0.86510405127387113], // qf(0.5, 3, 7.5)
  [1e-6, 2, 5, 1.0000007000243727e-6], // qf(1e-6, 2, 5)
  [0.999999, 4, 10, 53.772147629751885], // qf(0.999999, 4, 10)
  [0.3, 0.5, 0.7, 0.066897694513163575], // qf(0.3, 0.5, 0.7)
] as const);

describe("fQuantile", () => {
  it("matches R's qf", () => {
    for (const [p, df1, df2, expected] of CASES)
      expectRelativelyClose(fQuantile(p, df1, df2), expected, 1e-9, `qf(${p}, ${df1}, ${df2})`);
  });

  it("inverts fSf, also where R's qf loses accuracy (large df)", () => {
    // R 4.2.2: qf(0.975, 1e5, 1e6) → 1.008784153, but pf(1.008784153, 1e5, 1e6) → 0.96913 (not 0.975)
    for (const [p, df1, df2] of [
      [0.975, 1e5, 1e6],
      [0.01, 3, 28],
      [0.9, 40, 1e4],
      [1e-3, 6, 6],
    ] as const) {
      expectRelativelyClose(1 - fSf(fQuantile(p, df1, df2), df1, df2), p, 1e-9, `p = ${p}`);
    }
  });

  it("throws on invalid p or df", () => {
    for (const p of [0, 1, Number.NaN])
      expect(() => fQuantile(p, 1, 1)).toThrow("fQuantile requires p strictly between 0 and 1");
    expect(() => fQuantile(0.5, 0, 1)).toThrow("fQuantile requires finite df1 > 0 and df2 > 0");
  });
});

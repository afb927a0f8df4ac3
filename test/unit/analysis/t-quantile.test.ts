import { describe, expect, it } from "vitest";
import { normalQuantile, tCdf, tQuantile, tSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [p, df, qt(p, df)] — reference values from R 4.2.2, printed with print(..., digits = 17).
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [0.975, 17.776473516, 2.1028172415713353], // R 4.2.2: qt(0.975, 17.776473516) → 2.10282
  [0.975, 10, 2.2281388519862739], // R 4.2.2: qt(0.975, 10) → 2.22814
  [0.025, 1, -12.706204736174707], // R 4.2.2: qt(0.025, 1) → -12.7062
  [0.95, 2, 2.9199855803537238], // R 4.2.2: qt(0.95, 2) → 2.91999
  [0.995, 3, 5.8409093097333544], // R 4.2.2: qt(0.995, 3) → 5.84091
  [0.9, 4.5, 1.5008853175085568], // R 4.2.2: qt(0.9, 4.5) → 1.50089
  [0.6, 7.25, 0.2628227594267798], // R 4.2.2: qt(0.6, 7.25) → 0.262823
  [0.7, 30, 0.53001900390650436], // R 4.2.2: qt(0.7, 30) → 0.530019
  [0.3, 0.7, -0.83544115570694544], // R 4.2.2: qt(0.3, 0.7) → -0.835441
  [0.05, 17.3, -1.7378728385820266], // R 4.2.2: qt(0.05, 17.3) → -1.73787
  [0.001, 5, -5.8934295313560101], // R 4.2.2: qt(0.001, 5) → -5.89343
  [1e-10, 10, -25.466008021697721], // R 4.2.2: qt(1e-10, 10) → -25.466
  [1e-30, 4, -41617914.502878152], // R 4.2.2: qt(1e-30, 4) → -4.16179e+07
  [1e-100, 50, -667.49217398295764], // R 4.2.2: qt(1e-100, 50) → -667.492
  [1e-300, 120, -3369.7043814984454], // R 4.2.2: qt(1e-300, 120) → -3369.7
  [0.975, 1000, 1.9623390808264076], // R 4.2.2: qt(0.975, 1000) → 1.96234
  [0.975, 100000, 1.9599877075346088], // R 4.2.2: qt(0.975, 100000) → 1.95999
  [0.2, 1e9, -0.84162123393235511], // R 4.2.2: qt(0.2, 1e9) → -0.841621
  [0.999999, 2.5, 220.17342917570477], // R 4.2.2: qt(0.999999, 2.5) → 220.173
  [0.01, 0.01, -3.9604401371522018e168], // R 4.2.2: qt(0.01, 0.01) → -3.96044e+168
  [0.25, 6, -0.7175581964914125], // R 4.2.2: qt(0.25, 6) → -0.717558
  [0.75, 6, 0.7175581964914125], // R 4.2.2: qt(0.75, 6) → 0.717558
] as const);

describe("tQuantile", () => {
  it("matches R's qt to 1e-10 relative, from p = 1e-300 to central p, df from 0.01 to 1e9", () => {
    for (const [p, df, expected] of CASES)
      expectRelativelyClose(tQuantile(p, df), expected, 1e-10, `tQuantile(${p}, ${df})`);
  });

  it("keeps full relative precision for p next to ½ and for extreme quantiles of df < 1", () => {
    // R's qt is inaccurate here (qt(0.500000000001, 1) → 3.1415483028193e-12, 8e-6 off), so the reference
    // is mpmath 1.3 (40 digits): findroot on betainc(1/2, df/2, 0, t²/(df+t²))/2 = p − ½.
    expectRelativelyClose(tQuantile(0.500000000001, 1), 3.1415231561563748e-12, 1e-10);
    expectRelativelyClose(tQuantile(0.500000000001, 0.3), 4.3606363872659144e-12, 1e-10);
    expectRelativelyClose(tQuantile(0.499999999, 1), -3.14159273913291e-9, 1e-10);
    // mpmath 1.3: root of betainc(0.15, 0.5, 0, 0.3/(0.3+t²))/2 = 1e-9 → 3.007186092287737e28 (R: 3.00718637e28)
    expectRelativelyClose(tQuantile(0.999999999, 0.3), 3.007186092287737e28, 1e-10);
  });

  it("inverts tCdf and tSf", () => {
    for (const df of [0.4, 1, 2.5, 9, 17.776473516, 60, 5000]) {
      for (const p of [1e-200, 1e-12, 0.003, 0.1, 0.26, 0.5 - 1e-9, 0.62, 0.9]) {
        const t = tQuantile(p, df);
        if (!Number.isFinite(t)) continue; // beyond the double range for tiny df and p
        expectRelativelyClose(tCdf(t, df), p, 1e-11, `tCdf(tQuantile(${p}, ${df}))`);
        expectRelativelyClose(tSf(-t, df), p, 1e-11, `tSf(-tQuantile(${p}, ${df}))`);
      }
    }
  });

  it("is 0 at p = ½, antisymmetric, the normal quantile for df = Infinity, ±Infinity beyond the double range", () => {
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(tQuantile(0.125, 6.5)).toBe(-tQuantile(0.875, 6.5)); // 1 − 0.875 = 0.125 exactly
    expect(tQuantile(0.25, 6.5)).toBe(-tQuantile(0.75, 6.5));
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    // the 1e-6 quantile of t with 0.01 df is about −1e568
    expect(tQuantile(1e-6, 0.01)).toBe(-Infinity);
  });

  it("throws outside (0, 1) and on df ≤ 0", () => {
    for (const p of [0, 1, -0.5, 2, Number.NaN]) {
      expect(() => tQuantile(p, 5)).toThrow("tQuantile requires p strictly between 0 and 1");
    }
    for (const df of [0, -3, Number.NaN])
      expect(() => tQuantile(0.3, df)).toThrow("tQuantile requires df > 0");
  });
});

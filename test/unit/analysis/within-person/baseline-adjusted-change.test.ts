import { describe, expect, it } from "vitest";
import { baselineAdjustedChange, wavePairs } from "../../../../analysis/within-person/index";
import { supportLevels } from "../../../../analysis/survey/support-levels";
import { expectRelativelyClose } from "../close-to";
import { deepFreeze } from "../charts/svg-helpers";
import { reference, SCALES, samplePeople } from "./sample-people";

// Reference: fixtures/within-person-reference.R, R 4.2.2 lm(later ~ earlier + support [+ months]), confint,
// predict(fit, newdata, interval = "confidence", se.fit = TRUE) and t.test(later, earlier, paired = TRUE).
type RefCoef = { estimate: number; se: number; lo: number; hi: number };
type RefLevel = Record<
  | "n"
  | "meanSupport"
  | "adjusted"
  | "adjustedSe"
  | "adjustedLo"
  | "adjustedHi"
  | "rawMean"
  | "rawLo"
  | "rawHi",
  number
>;

const people = deepFreeze(samplePeople());
const cuts = supportLevels(Float64Array.from(people, (p) => p.baselineSupport!)).cuts;

describe("baselineAdjustedChange", () => {
  const cases = [
    { name: "cbi_work", scale: SCALES[0], months: false },
    { name: "cbi_personal", scale: SCALES[1], months: false },
    { name: "cbi_work_months", scale: SCALES[0], months: true },
  ] as const;
  it.each(cases)("matches R lm, predict and paired t.test for $name", ({ name, scale, months }) => {
    const r = reference.ancova[name];
    const result = baselineAdjustedChange(wavePairs(people, scale.id, [1, 2]), scale, {
      waves: [1, 2],
      cuts,
      minCellSize: 10,
      adjustForMonths: months,
    });
    expect(cuts).not.toBeNull();
    cuts!.forEach((c, i) => expectRelativelyClose(c, r.cuts[i], 1e-12, "cut"));
    expect(result.n).toBe(r.n);
    expect(result.model!.df).toBe(r.df);
    expectRelativelyClose(result.model!.sigma, r.sigma, 1e-10, "sigma");
    for (const [term, expected] of Object.entries(r.coefficients as Record<string, RefCoef>)) {
      const got = result.model!.coefficients[term]!;
      expectRelativelyClose(got.estimate, expected.estimate, 1e-10, term);
      expectRelativelyClose(got.se, expected.se, 1e-10, `${term} se`);
      expectRelativelyClose(got.ci95[0], expected.lo, 1e-9, `${term} lo`);
      expectRelativelyClose(got.ci95[1], expected.hi, 1e-9, `${term} hi`);
    }
    (r.levels as RefLevel[]).forEach((expected, g) => {
      const level = result.byLevel[g]!;
      if (level.suppressed) throw new Error(`level ${g} should be shown`);
      expect(level.level).toBe(["low", "middle", "high"][g]);
      expect(level.n).toBe(expected.n);
      expectRelativelyClose(level.meanSupport, expected.meanSupport, 1e-12, "mean support");
      expectRelativelyClose(level.adjusted.estimate, expected.adjusted, 1e-9, "adjusted");
      expectRelativelyClose(level.adjusted.se, expected.adjustedSe, 1e-9, "adjusted se");
      expectRelativelyClose(level.adjusted.ci95[0], expected.adjustedLo, 1e-9, "adjusted lo");
      expectRelativelyClose(level.adjusted.ci95[1], expected.adjustedHi, 1e-9, "adjusted hi");
      expectRelativelyClose(level.raw.estimate, expected.rawMean, 1e-12, "raw");
      expectRelativelyClose(level.raw.ci95[0], expected.rawLo, 1e-9, "raw lo");
      expectRelativelyClose(level.raw.ci95[1], expected.rawHi, 1e-9, "raw hi");
    });
  });

  it("leaves out people without a baseline support and says why when too few remain", () => {
    const noSupport = samplePeople().map((p, i) => (i < 40 ? { ...p, baselineSupport: null } : p));
    const result = baselineAdjustedChange(wavePairs(noSupport, "cbi_work", [1, 2]), SCALES[0], {
      waves: [1, 2],
      cuts,
      minCellSize: 10,
      adjustForMonths: false,
    });
    expect(result.n).toBeNull();
    expect(result.model).toBeNull();
    expect(result.suppressedBecause).toBe(
      "fewer than 10 people have this scale at both waves and a baseline support",
    );
    expect(result.byLevel.every((g) => g.suppressed && g.n === null)).toBe(true);
  });
});

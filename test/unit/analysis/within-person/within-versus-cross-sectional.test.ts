import { describe, expect, it } from "vitest";
import { withinVersusCrossSectional } from "../../../../analysis/within-person/index";
import { expectRelativelyClose } from "../close-to";
import { deepFreeze } from "../charts/svg-helpers";
import { reference, SCALES, samplePeople } from "./sample-people";

// Reference: fixtures/within-person-reference.R, R 4.2.2: lm(cbi_work ~ tenure) at wave 1 with the HC3 sandwich
// written out in base R ((XᵀX)⁻¹ Xᵀ diag(e²/(1 − h)²) X (XᵀX)⁻¹), as sandwich::vcovHC(fit, type = "HC3").
const settings = { waves: [1, 2] as const, minCellSize: 10, B: 400, seed: 7 };

describe("withinVersusCrossSectional", () => {
  it("puts the cross-sectional tenure slope with its HC3 SE (decision 031) beside the within change", () => {
    const r = reference.crossSectional.cbi_work;
    const result = withinVersusCrossSectional(deepFreeze(samplePeople()), SCALES[0], settings);
    expect(result.n).toBe(r.n);
    expectRelativelyClose(result.crossSectional!.estimate, r.slope, 1e-10, "slope");
    expectRelativelyClose(result.crossSectional!.se, r.se, 1e-10, "HC3 se");
    expect(result.withinSource).toBe("random-intercept slope at mean support");
    const lme = reference.lme.cbi_work.coefficients;
    // all 48 people have a first-wave score, tenure and support, so the within slope is the model's at mean support
    const people = samplePeople();
    const meanSupport = people.reduce((s, p) => s + p.baselineSupport!, 0) / people.length;
    const modelSlope = lme.years.estimate + lme["years:support"].estimate * meanSupport;
    expectRelativelyClose(result.within!.estimate, modelSlope, 1e-6, "within slope");
    expectRelativelyClose(result.difference!.estimate, modelSlope - r.slope, 1e-6, "difference");
    const [lo, hi] = result.difference!.ci95;
    expect(lo).toBeLessThan(result.difference!.estimate);
    expect(hi).toBeGreaterThan(result.difference!.estimate);
    expect(result.sentence).toMatch(/^Within the same people, work-related burnout changed by /);
    expect(result.sentence).toContain("survivors");
    expect(result.sentence).toContain("a trajectory that is not a straight line");
  });

  it("uses the paired change per year with two waves, and the same seed gives the same interval", () => {
    const people = samplePeople([1, 2]);
    const first = withinVersusCrossSectional(people, SCALES[0], settings);
    const again = withinVersusCrossSectional(people, SCALES[0], settings);
    const other = withinVersusCrossSectional(people, SCALES[0], { ...settings, seed: 8 });
    expect(first.withinSource).toBe("paired change per year");
    let change = 0;
    let years = 0;
    for (const p of people) {
      const [a, b] = [p.waves.find((w) => w.wave === 1)!, p.waves.find((w) => w.wave === 2)!];
      change += (b.scores.cbi_work as number) - (a.scores.cbi_work as number);
      years += (b.monthsSinceFirstWave - a.monthsSinceFirstWave) / 12;
    }
    expectRelativelyClose(first.within!.estimate, change / years, 1e-12, "paired change per year");
    expect(again.difference).toEqual(first.difference);
    expect(other.difference!.ci95).not.toEqual(first.difference!.ci95);
    expect(first.difference!.B).toBe(400);
  });

  it("reports nothing as a number for fewer than k people", () => {
    const result = withinVersusCrossSectional(samplePeople().slice(0, 9), SCALES[0], settings);
    expect(result).toMatchObject({ n: null, within: null, crossSectional: null, difference: null });
    expect(result.suppressedBecause).toBe("fewer than 10 people with a first-wave score, tenure and support");
  });
});

import { describe, expect, it } from "vitest";
import { analyseWithinPerson, type PersonWaves } from "../../../../analysis/within-person/index";
import { deepFreeze } from "../charts/svg-helpers";
import { reference, SCALES, samplePeople } from "./sample-people";

const options = { scales: SCALES, bootstrapB: 200, seed: 3 };

describe("analyseWithinPerson", () => {
  it("reports each scale's change by support level, the model and the comparison", () => {
    const results = analyseWithinPerson(deepFreeze(samplePeople()), options);
    expect(results.people).toBe(48);
    expect(results.settings).toMatchObject({ waves: [1, 2], minCellSize: 10, bootstrapB: 200, seed: 3 });
    expect(results.scales.map((s) => s.scale.id)).toEqual(["cbi_work", "cbi_personal"]);
    const work = results.scales[0]!;
    expect(work.change.byLevel.map((g) => g.n)).toEqual(
      reference.ancova.cbi_work.levels.map((l: { n: number }) => l.n),
    );
    expect(work.model.fit!.coefficients["years:support"]!.df).toBe(85);
    expect(work.comparison.withinMinusCurvePredicted).not.toBeNull();
  });

  it("suppresses a support level below k, and a second one so it cannot be worked out from the total", () => {
    // k = 15: the personal-burnout levels hold 14, 13 and 15 people (R's table of levels above)
    const results = analyseWithinPerson(samplePeople(), { ...options, minCellSize: 15 });
    const personal = results.scales[1]!.change.byLevel;
    expect(personal.map((g) => (g.suppressed ? g.hidden : "shown"))).toEqual(["primary", "primary", "shown"]);
    for (const g of personal.filter((l) => l.suppressed)) {
      expect(g).toEqual({ level: g.level, suppressed: true, hidden: "primary", n: null });
    }
    const work = results.scales[0]!.change.byLevel;
    expect(work.every((g) => !g.suppressed && g.n === 16)).toBe(true);
    const atSeventeen = analyseWithinPerson(samplePeople(), { ...options, minCellSize: 17 });
    expect(atSeventeen.scales[0]!.change.byLevel.every((g) => g.suppressed && g.n === null)).toBe(true);
  });

  it("adds complementary suppression when exactly one level is small", () => {
    // drop 10 low-support people's wave-2 work score: low keeps 6 (< 10), so the smallest other level hides too
    const people = samplePeople();
    const cut = reference.ancova.cbi_work.cuts[0];
    let dropped = 0;
    const thinned = people.map((p) => {
      if (p.baselineSupport! > cut || dropped >= 10) return p;
      dropped += 1;
      return {
        ...p,
        waves: p.waves.map((w) => (w.wave === 2 ? { ...w, scores: { ...w.scores, cbi_work: null } } : w)),
      };
    });
    const levels = analyseWithinPerson(thinned, options).scales[0]!.change.byLevel;
    expect(levels.map((g) => (g.suppressed ? g.hidden : "shown"))).toEqual([
      "primary",
      "complementary",
      "shown",
    ]);
  });

  it("hides the count of linked people below k", () => {
    expect(analyseWithinPerson(samplePeople().slice(0, 9), options).people).toBeNull();
  });

  it("says clearly when there are no linked people or a person has one wave only", () => {
    expect(() => analyseWithinPerson([], options)).toThrow(
      "analyseWithinPerson requires linked people (none were given)",
    );
    const lonely: PersonWaves = {
      ...samplePeople()[0]!,
      person: "link-7f3a",
      waves: samplePeople()[0]!.waves.slice(0, 1),
    };
    expect(() => analyseWithinPerson([...samplePeople(), lonely], options)).toThrow(
      "analyseWithinPerson requires every person to have at least two waves (person link-7f3a has 1)",
    );
    expect(() => analyseWithinPerson(samplePeople(), { ...options, waves: [2, 1] })).toThrow(
      "analyseWithinPerson requires two present waves, earlier first (present: 1, 2, 3)",
    );
    const sameGap = samplePeople().map((p) => ({
      ...p,
      waves: p.waves.map((w) => ({ ...w, monthsSinceFirstWave: (w.wave - 1) * 6 })),
    }));
    expect(() => analyseWithinPerson(sameGap, { ...options, adjustForMonths: true })).toThrow(
      "analyseWithinPerson cannot adjust for months between waves: every person has the same gap",
    );
    expect(() => analyseWithinPerson(samplePeople(), { ...options, minCellSize: 1 })).toThrow(
      "analyseWithinPerson requires minCellSize to be an integer of at least 2",
    );
  });
});

import { describe, expect, it } from "vitest";
import { chainedPeople, linkedPeople } from "../../../app/studies/linked-people";

const record = (id: string, years: number, client: number, support: number) => ({
  id,
  code: [],
  yearsInSupport: years,
  baseline: { cbi_client: client, institutional_support: support },
});

describe("the linked people the within-person analysis reads", () => {
  it("pairs each link's two responses under a new id, the first wave's support as moderator", () => {
    let next = 0;
    const people = linkedPeople(
      [
        { earlierId: "r1", laterId: "s2", weight: 30, posterior: 1 },
        { earlierId: "r2", laterId: "s1", weight: 25, posterior: 1 },
        { earlierId: "gone", laterId: "s3", weight: 25, posterior: 1 },
      ],
      {
        earlier: [record("r1", 2, 40, 70), record("r2", 5, 55, 30)],
        later: [record("s1", 5.5, 60, 35), record("s2", 2.5, 42, 65)],
      },
      {
        earlierWave: 1,
        laterWave: 2,
        monthsBetween: 6,
        supportScale: "institutional_support",
        newId: () => `p${++next}`,
      },
    );
    expect(people).toEqual([
      {
        person: "p1",
        baselineSupport: 70,
        waves: [
          {
            wave: 1,
            monthsSinceFirstWave: 0,
            scores: { cbi_client: 40, institutional_support: 70 },
            tenureYears: 2,
          },
          {
            wave: 2,
            monthsSinceFirstWave: 6,
            scores: { cbi_client: 42, institutional_support: 65 },
            tenureYears: 2.5,
          },
        ],
      },
      {
        person: "p2",
        baselineSupport: 30,
        waves: [
          {
            wave: 1,
            monthsSinceFirstWave: 0,
            scores: { cbi_client: 55, institutional_support: 30 },
            tenureYears: 5,
          },
          {
            wave: 2,
            monthsSinceFirstWave: 6,
            scores: { cbi_client: 60, institutional_support: 35 },
            tenureYears: 5.5,
          },
        ],
      },
    ]);
    // No response id travels on: only the new ids.
    expect(JSON.stringify(people)).not.toMatch(/"r1"|"s2"|"r2"|"s1"/);
  });
});

describe("the people of chains across three waves", () => {
  it("gives each chain every wave it reaches, months since the study's first wave, and drops a chain left with one wave", () => {
    let next = 0;
    const people = chainedPeople(
      [
        [
          { wave: 0, id: "r1" },
          { wave: 1, id: "s1" },
          { wave: 2, id: "t1" },
        ],
        [
          { wave: 1, id: "s2" },
          { wave: 2, id: "t2" },
        ],
        // t9 is not among wave 3's records: only one wave is left, so no person
        [
          { wave: 1, id: "s3" },
          { wave: 2, id: "t9" },
        ],
      ],
      [
        { wave: 1, monthsSinceFirstWave: 0, records: [record("r1", 2, 40, 70)] },
        {
          wave: 2,
          monthsSinceFirstWave: 6,
          records: [record("s1", 2.5, 42, 65), record("s2", 8, 50, 20), record("s3", 1, 30, 50)],
        },
        { wave: 3, monthsSinceFirstWave: 12, records: [record("t1", 3, 45, 60), record("t2", 8.5, 52, 25)] },
      ],
      { supportScale: "institutional_support", newId: () => `p${++next}` },
    );
    expect(people.map((p) => [p.person, p.baselineSupport])).toEqual([
      ["p1", 70],
      ["p2", 20],
    ]);
    expect(people[0]!.waves.map((w) => [w.wave, w.monthsSinceFirstWave, w.tenureYears])).toEqual([
      [1, 0, 2],
      [2, 6, 2.5],
      [3, 12, 3],
    ]);
    expect(people[1]!.waves.map((w) => [w.wave, w.monthsSinceFirstWave, w.scores.cbi_client])).toEqual([
      [2, 6, 50],
      [3, 12, 52],
    ]);
    expect(JSON.stringify(people)).not.toMatch(/"[rst]\d"/);
  });
});

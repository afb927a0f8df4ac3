import { describe, expect, it } from "vitest";
import { linkedPeople } from "../../../app/studies/linked-people";

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

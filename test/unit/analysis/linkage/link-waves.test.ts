import { describe, expect, it } from "vitest";
import { linkWaves, posteriorFromWeight } from "../../../../analysis/linkage/link-waves";
import type { LinkageRecord } from "../../../../analysis/linkage/types";
import { verifyLink } from "../../../../analysis/linkage/verify-link";
import { createRng } from "../../../../analysis/seeded-rng";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** n people with k random one-letter elements (stand-ins for hashes), region 3 and 4 years in support. */
function people(n: number, k: number, seed: number, prefix: string): LinkageRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    code: Array.from({ length: k }, (_, e) => `${e}:${LETTERS[rng.nextInt(26)]}`),
    region: 3,
    yearsInSupport: 4,
  }));
}

/** The same people half a year later, with new ids. */
const later = (records: LinkageRecord[]): LinkageRecord[] =>
  records.map((record, i) => ({ ...record, id: `later${i}`, yearsInSupport: 4.5 }));

describe("linkWaves", () => {
  it("links each later record to at most one earlier record and the reverse, even when codes repeat", () => {
    const earlier = people(60, 6, 1, "e");
    // three earlier records share one code: only one of them may take its later partner
    earlier[1] = { ...earlier[0]!, id: "copy1" };
    earlier[2] = { ...earlier[0]!, id: "copy2" };
    const result = linkWaves(earlier, later(earlier.slice(0, 1).concat(earlier.slice(3))), {
      monthsBetween: 6,
    });
    const earlierIds = result.links.map((link) => link.earlierId);
    const laterIds = result.links.map((link) => link.laterId);
    expect(new Set(earlierIds).size).toBe(earlierIds.length);
    expect(new Set(laterIds).size).toBe(laterIds.length);
    expect(result.links.length).toBe(58);
    expect(result.assignedPairs).toBeLessThanOrEqual(58);
    expect(result.links.filter((link) => ["e0", "copy1", "copy2"].includes(link.earlierId))).toHaveLength(1);
  });

  it("rejects a link whose region differs or whose years in support went down, and counts why", () => {
    const earlier = people(50, 8, 2, "e");
    const next = later(earlier);
    next[0] = { ...next[0]!, region: 5 };
    next[1] = { ...next[1]!, yearsInSupport: 2 };
    next[2] = { ...next[2]!, yearsInSupport: 9 };
    const result = linkWaves(earlier, next, { monthsBetween: 6 });
    const linked = new Set(result.links.map((link) => link.earlierId));
    expect(linked.has("e0") || linked.has("e1") || linked.has("e2")).toBe(false);
    expect(result.links).toHaveLength(47);
    expect(result.rejected).toEqual({
      "region differs": 1,
      "years in support went down": 1,
      "years in support grew too much": 1,
    });
  });

  it("separates the weights of true pairs from strangers and estimates a small false-match rate", () => {
    const earlier = people(100, 8, 3, "e");
    const result = linkWaves(earlier, later(earlier), { monthsBetween: 6 });
    expect(result.links).toHaveLength(100);
    expect(result.links.every((link) => link.laterId === `later${link.earlierId.slice(1)}`)).toBe(true);
    expect(result.falseMatchRate.estimate!).toBeLessThan(0.03);
    expect(result.parameters.matchProportion).toBeCloseTo(0.01, 3);
    expect(result.threshold.used).toBe(result.threshold.suggested);
    expect(
      posteriorFromWeight(result.threshold.posteriorHalf, result.parameters.matchProportion),
    ).toBeCloseTo(0.5, 9);
    const binned = result.histogram.reduce((sum, bin) => sum + bin.accepted, 0);
    expect(binned).toBe(result.links.length);
  });

  it("keeps only links at or above a researcher's threshold", () => {
    const earlier = people(80, 6, 4, "e");
    const next = later(earlier).map((record, i) =>
      i < 20 ? { ...record, code: record.code.map((value, e) => (e < 2 ? `${e}:wrong` : value)) } : record,
    );
    const loose = linkWaves(earlier, next, { monthsBetween: 6 });
    const strictThreshold = Math.max(...loose.links.map((link) => link.weight));
    const strict = linkWaves(earlier, next, { monthsBetween: 6, threshold: strictThreshold });
    expect(strict.links.length).toBeLessThan(loose.links.length);
    expect(strict.links.every((link) => link.weight >= strictThreshold)).toBe(true);
    expect(strict.threshold.used).toBe(strictThreshold);
  });

  it("raises the default threshold above the posterior's 0.5 point when the false-match target needs it", () => {
    const earlier = people(80, 6, 7, "e");
    const next = later(earlier).map((record, i) =>
      i < 30 ? { ...record, code: record.code.map((value, e) => (e < 2 ? `${e}:wrong` : value)) } : record,
    );
    const usual = linkWaves(earlier, next, { monthsBetween: 6 });
    const strict = linkWaves(earlier, next, { monthsBetween: 6, targetFalseMatchRate: 1e-6 });
    expect(strict.threshold.posteriorHalf).toBe(usual.threshold.posteriorHalf);
    expect(strict.threshold.suggested).toBeGreaterThan(strict.threshold.posteriorHalf);
    expect(strict.falseMatchRate.estimate ?? 0).toBeLessThanOrEqual(1e-6);
    expect(strict.links.length).toBeLessThan(usual.links.length);
  });

  it("reports linkage by subgroup with small cells suppressed, and matched against unmatched baselines", () => {
    const earlier = people(60, 8, 5, "e").map((record, i) => ({
      ...record,
      groups: { role: i < 50 ? "agent" : "lead" },
      baseline: { score: i % 2 === 0 ? 10 : 20 },
    }));
    // only the first 40 return, all agents: agents 40 of 50, leads 0 of 10 (a cell < 5)
    const result = linkWaves(earlier, later(earlier.slice(0, 40)), { monthsBetween: 6 });
    expect(result.bySubgroup.role).toEqual([
      { value: "agent", n: 50, linked: 40, rate: 0.8, suppressed: false },
      { value: "lead", suppressed: true },
    ]);
    const [score] = result.baseline;
    expect(score!.matched).toMatchObject({ n: 40, mean: 15 });
    expect(score!.unmatched).toMatchObject({ n: 20, mean: 15 });
    expect(score!.standardisedMeanDifference).toBeCloseTo(0, 12);
  });

  it("orders subgroups, their values and the baseline rows as the options give, the rest alphabetically", () => {
    const levels = ["low", "middle", "high"];
    const earlier = people(90, 8, 7, "e").map((record, i) => ({
      ...record,
      groups: { role: i % 2 === 0 ? "lead" : "agent", support: levels[i % 3]! },
      baseline: { zeta: i, alpha: 2 * i, other: 1 },
    }));
    const next = later(earlier.slice(0, 60));
    const plain = linkWaves(earlier, next, { monthsBetween: 6 });
    expect(Object.keys(plain.bySubgroup)).toEqual(["role", "support"]);
    expect(plain.bySubgroup.support!.map((rate) => rate.value)).toEqual(["high", "low", "middle"]);
    expect(plain.baseline.map((row) => [row.variable, row.label])).toEqual([
      ["alpha", "alpha"],
      ["other", "other"],
      ["zeta", "zeta"],
    ]);
    const ordered = linkWaves(earlier, next, {
      monthsBetween: 6,
      groupOrder: { support: levels, role: ["lead"] },
      baselineLabels: { zeta: "Zeta scale", alpha: "Alpha scale" },
    });
    expect(Object.keys(ordered.bySubgroup)).toEqual(["support", "role"]);
    expect(ordered.bySubgroup.support!.map((rate) => rate.value)).toEqual(levels);
    expect(ordered.bySubgroup.role!.map((rate) => rate.value)).toEqual(["lead", "agent"]);
    expect(ordered.baseline.map((row) => [row.variable, row.label])).toEqual([
      ["zeta", "Zeta scale"],
      ["alpha", "Alpha scale"],
      ["other", "other"],
    ]);
    // the same rows, only in another order
    expect(ordered.bySubgroup.support).toEqual(expect.arrayContaining(plain.bySubgroup.support!));
  });

  it("refuses codes of different lengths, duplicate ids, empty waves and a gap that is not positive", () => {
    const earlier = people(5, 6, 6, "e");
    expect(() => linkWaves(earlier, later(earlier), { monthsBetween: 0 })).toThrow(/monthsBetween/);
    expect(() => linkWaves(earlier, later(earlier), { monthsBetween: -6 })).toThrow(/monthsBetween/);
    expect(() => linkWaves(earlier, people(5, 7, 6, "x"), { monthsBetween: 6 })).toThrow(
      /same number of elements/,
    );
    expect(() => linkWaves([...earlier, earlier[0]!], later(earlier), { monthsBetween: 6 })).toThrow(
      /duplicate "e0"/,
    );
    expect(() => linkWaves([], later(earlier), { monthsBetween: 6 })).toThrow(/at least one record/);
  });
});

describe("verifyLink", () => {
  const rule = { monthsBetween: 6, yearsDownTolerance: 0.5, yearsUpTolerance: 1 };
  const record = (region: number | null, yearsInSupport: number | null): LinkageRecord => ({
    id: "x",
    code: [],
    region,
    yearsInSupport,
  });
  it("passes growth within half a year lower to the gap plus a year higher, and skips missing answers", () => {
    expect(verifyLink(record(3, 4), record(3, 4.5), rule)).toBeNull();
    expect(verifyLink(record(3, 4), record(3, 3.5), rule)).toBeNull();
    expect(verifyLink(record(3, 4), record(3, 5.5), rule)).toBeNull();
    expect(verifyLink(record(null, 4), record(2, null), rule)).toBeNull();
  });
  it("fails a different region, a fall of more than half a year and growth beyond the gap plus a year", () => {
    expect(verifyLink(record(3, 4), record(2, 4.5), rule)).toBe("region differs");
    expect(verifyLink(record(3, 4), record(3, 3), rule)).toBe("years in support went down");
    expect(verifyLink(record(3, 4), record(3, 6), rule)).toBe("years in support grew too much");
  });
});

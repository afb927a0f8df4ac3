import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { estimateMatchParameters } from "../../../../analysis/linkage/estimate-match-parameters";
import type { ComparisonPatternCount, ComparisonState } from "../../../../analysis/linkage/types";
import { createRng } from "../../../../analysis/seeded-rng";
import { expectRelativelyClose } from "../close-to";

const STATES: Record<string, ComparisonState> = { "1": "agree", "0": "disagree", NA: "missing" };

/** Expected pattern counts of N pairs under the two-class model (no missing): EM's maximum is exactly here. */
function expectedTable(n: number, p: number, m: number[], u: number[]): ComparisonPatternCount[] {
  const table: ComparisonPatternCount[] = [];
  for (let code = 0; code < 2 ** m.length; code++) {
    const states = m.map((_, e) => ((code >> e) & 1 ? "agree" : "disagree") as ComparisonState);
    const probability = (q: number[]) =>
      states.reduce((prod, s, e) => prod * (s === "agree" ? q[e]! : 1 - q[e]!), 1);
    table.push({ states, count: n * (p * probability(m) + (1 - p) * probability(u)) });
  }
  return table;
}

describe("estimateMatchParameters", () => {
  it("recovers the m, u and match share that generated an exact comparison table", () => {
    const m = [0.95, 0.9, 0.97, 0.85, 0.92];
    const u = [0.06, 0.08, 0.03, 0.15, 0.1];
    const result = estimateMatchParameters(Object.freeze(expectedTable(640_000, 0.001, m, u)), {
      matchProportion: 0.0005,
    });
    expect(result.converged).toBe(true);
    expectRelativelyClose(result.matchProportion, 0.001, 1e-4, "p");
    result.elements.forEach((element, e) => {
      expectRelativelyClose(element.m, m[e]!, 1e-4, `m${e}`);
      expectRelativelyClose(element.u, u[e]!, 1e-4, `u${e}`);
      expect(element.agreementWeight).toBeCloseTo(Math.log2(m[e]! / u[e]!), 3);
    });
  });

  it("recovers m and u from sampled pairs with 'I don't know' answers that carry no evidence", () => {
    const rng = createRng(11);
    const m = [0.97, 0.9, 0.95, 0.8];
    const u = [0.07, 0.1, 0.04, 0.2];
    const counts = new Map<string, number>();
    for (let pair = 0; pair < 200_000; pair++) {
      const match = rng.next() < 0.01;
      const key = m
        .map((_, e) => (rng.next() < 0.05 ? "NA" : rng.next() < (match ? m[e]! : u[e]!) ? "1" : "0"))
        .join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const patterns = [...counts].map(([key, count]) => ({
      states: key.split(",").map((s) => STATES[s]!),
      count,
    }));
    const result = estimateMatchParameters(patterns, { matchProportion: 0.005 });
    expect(result.matchProportion).toBeGreaterThan(0.0085);
    expect(result.matchProportion).toBeLessThan(0.0115);
    result.elements.forEach((element, e) => {
      expect(Math.abs(element.m - m[e]!)).toBeLessThan(0.03);
      expect(Math.abs(element.u - u[e]!)).toBeLessThan(0.005);
    });
  });

  it("agrees with the same EM written in base R on a fixed comparison table (fixtures/fellegi-sunter-em.R)", () => {
    const csv = readFileSync(path.join(__dirname, "fixtures/em-comparison-table.csv"), "utf8")
      .trim()
      .split("\n");
    const patterns = csv.slice(1).map((line) => {
      const cells = line.split(",");
      return { states: cells.slice(0, 3).map((cell) => STATES[cell]!), count: Number(cells[3]) };
    });
    const result = estimateMatchParameters(patterns);
    // R 4.2.2: Rscript fellegi-sunter-em.R (47 iterations)
    expectRelativelyClose(result.matchProportion, 0.0740322421694886, 1e-7, "p");
    const rM = [0.904672352088786, 0.89396508239883, 0.76967457124262];
    const rU = [0.0412313240928625, 0.0408547997745752, 0.0329160384776381];
    const rDisagree = [-3.33021616993721, -3.1772098075836, -2.06996745021257];
    result.elements.forEach((element, e) => {
      expectRelativelyClose(element.m, rM[e]!, 1e-7, `m${e}`);
      expectRelativelyClose(element.u, rU[e]!, 1e-7, `u${e}`);
      expectRelativelyClose(element.disagreementWeight, rDisagree[e]!, 1e-7, `w${e}`);
    });
    expect(Math.abs(result.iterations - 47)).toBeLessThanOrEqual(1);
  });

  it("flags an element that agrees less often in pairs than in non-pairs and gives it no weight", () => {
    const table = expectedTable(100_000, 0.01, [0.95, 0.9, 0.2], [0.05, 0.08, 0.3]);
    const result = estimateMatchParameters(table, { matchProportion: 0.02 });
    const contrary = result.elements[2]!;
    expect(contrary.degenerate).toBe(true);
    expect(contrary.agreementWeight).toBe(0);
    expect(contrary.disagreementWeight).toBe(0);
    expect(result.warnings.join(" ")).toMatch(/element 3 .*m ≤ u/);
    expect(result.elements[0]!.degenerate).toBe(false);
  });

  it("rejects patterns of different lengths, negative counts and start values outside (0, 1)", () => {
    expect(() => estimateMatchParameters([])).toThrow(/at least one pattern/);
    expect(() =>
      estimateMatchParameters([
        { states: ["agree"], count: 1 },
        { states: ["agree", "agree"], count: 1 },
      ]),
    ).toThrow(/same length/);
    expect(() => estimateMatchParameters([{ states: ["agree"], count: -1 }])).toThrow(/non-negative/);
    expect(() => estimateMatchParameters([{ states: ["agree"], count: 1 }], { m: 1 })).toThrow(
      /between 0 and 1/,
    );
  });
});

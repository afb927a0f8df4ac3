import { describe, expect, it } from "vitest";
import { binomialDraw } from "../../../analysis/binomial-draw";
import { chiSquareSf } from "../../../analysis/distributions/chi-square-sf";
import { createRng } from "../../../analysis/seeded-rng";

/** Exact Bin(n, p) probabilities by the recurrence f(k+1) = f(k)·(n−k)p/((k+1)(1−p)), normalised. */
function pmf(n: number, p: number): number[] {
  const f = [1];
  for (let k = 0; k < n; k++) f.push((f[k]! * (n - k) * p) / ((k + 1) * (1 - p)));
  const total = f.reduce((s, v) => s + v, 0);
  return f.map((v) => v / total);
}

/** Pearson's chi-square test of draws against the exact pmf, cells with expected count < 5 pooled. */
function goodnessOfFit(n: number, p: number, draws: number, seed: number): number {
  const rng = createRng(seed);
  const observed = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < draws; i++) observed[binomialDraw(rng, n, p)]!++;
  const expected = pmf(n, p).map((q) => q * draws);
  let chi = 0;
  let cells = 0;
  let pooledO = 0;
  let pooledE = 0;
  expected.forEach((e, k) => {
    pooledO += observed[k]!;
    pooledE += e;
    if (pooledE >= 5) {
      chi += (pooledO - pooledE) ** 2 / pooledE;
      cells++;
      pooledO = 0;
      pooledE = 0;
    }
  });
  chi += pooledE > 0 ? (pooledO - pooledE) ** 2 / pooledE : 0;
  return chiSquareSf(chi, cells - 1);
}

describe("binomialDraw", () => {
  // Sampling tests: the seeds are fixed, so these are deterministic; a correct sampler fails such a test with
  // probability 0.001 for an arbitrary seed.
  it("draws Bin(n, p) by inversion from 0 (small mean) and from the mode (large mean)", () => {
    expect(goodnessOfFit(12, 0.3, 20_000, 1)).toBeGreaterThan(0.001); // np = 3.6: search from 0
    expect(goodnessOfFit(80, 0.4, 20_000, 2)).toBeGreaterThan(0.001); // np = 32: search from the mode
    expect(goodnessOfFit(50, 0.85, 20_000, 3)).toBeGreaterThan(0.001); // p > ½: n − Bin(n, 1 − p)
    expect(goodnessOfFit(3000, 0.01, 20_000, 4)).toBeGreaterThan(0.001); // np = 30, skewed
  });

  it("has the binomial mean and variance for large n", () => {
    const rng = createRng(5);
    const [n, p] = [28_000, 0.031];
    const draws = Float64Array.from({ length: 20_000 }, () => binomialDraw(rng, n, p));
    const m = draws.reduce((s, v) => s + v, 0) / draws.length;
    const v = draws.reduce((s, x) => s + (x - m) ** 2, 0) / (draws.length - 1);
    const variance = n * p * (1 - p);
    expect(Math.abs(m - n * p)).toBeLessThan(4 * Math.sqrt(variance / draws.length));
    expect(v / variance).toBeGreaterThan(0.95);
    expect(v / variance).toBeLessThan(1.05);
  });

  it("consumes exactly one uniform per draw and handles the degenerate cases", () => {
    const rng = createRng(9);
    const twin = createRng(9);
    for (const [n, p] of [
      [0, 0.5],
      [10, 0],
      [10, 1],
      [7, 0.2],
      [500, 0.5],
      [500, 0.7],
    ] as const) {
      const k = binomialDraw(rng, n, p);
      twin.next();
      expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
      if (n === 0 || p === 0) expect(k).toBe(0);
      if (p === 1) expect(k).toBe(n);
    }
    expect(rng.next()).toBe(twin.next());
  });

  it("throws on invalid input", () => {
    const rng = createRng(1);
    const message = "binomialDraw requires a non-negative integer n and p in [0, 1]";
    expect(() => binomialDraw(rng, -1, 0.5)).toThrow(message);
    expect(() => binomialDraw(rng, 2.5, 0.5)).toThrow(message);
    expect(() => binomialDraw(rng, 10, 1.5)).toThrow(message);
    expect(() => binomialDraw(rng, 10, Number.NaN)).toThrow(message);
  });
});

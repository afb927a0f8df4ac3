import { describe, expect, it } from "vitest";
import { createRng } from "../../../analysis/seeded-rng";

// Expected streams come from the reference C code of xoshiro128** 1.1 (Blackman & Vigna,
// https://prng.di.unimi.it/xoshiro128starstar.c), seeded with four outputs of splitmix32
//   uint32_t z = (sm += 0x9e3779b9u); z = (z ^ (z >> 16)) * 0x21f0aaadu;
//   z = (z ^ (z >> 15)) * 0x735a2d97u; return z ^ (z >> 15);
// compiled with gcc 12 -O2 and printed with printf("%u") (6 outputs per seed).
const REFERENCE: ReadonlyArray<readonly [number, readonly number[]]> = Object.freeze([
  [0, [1789933344, 44971166, 2521387044, 3848737593, 1138324114, 749234105]],
  [42, [660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677]],
  [4294967295, [4104197751, 1825856343, 1152209388, 2427537429, 3685145430, 609215610]],
] as const);

describe("createRng", () => {
  it("reproduces the reference xoshiro128** stream (next() × 2^32 is the 32-bit output)", () => {
    for (const [seed, outputs] of REFERENCE) {
      const rng = createRng(seed);
      for (const u32 of outputs) expect(rng.next() * 4294967296).toBe(u32);
    }
  });

  it("is deterministic: the same seed gives the same sequence, different seeds differ", () => {
    const a = createRng(2024);
    const b = createRng(2024);
    const c = createRng(2025);
    const seqA = Array.from({ length: 1000 }, () => a.next());
    const seqB = Array.from({ length: 1000 }, () => b.next());
    const seqC = Array.from({ length: 1000 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    const ints1 = createRng(7);
    const ints2 = createRng(7);
    for (let i = 0; i < 1000; i++) expect(ints1.nextInt(97)).toBe(ints2.nextInt(97));
  });

  it("next() lies in [0, 1) and is roughly uniform (chi-square over 10 bins)", () => {
    const rng = createRng(12345);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside += 1;
      else bins[Math.floor(u * 10)]! += 1;
      sum += u;
    }
    expect(outside).toBe(0);
    const expected = n / 10;
    const chi2 = bins.reduce((acc, o) => acc + (o - expected) ** 2 / expected, 0);
    // R 4.2.2: qchisq(0.999, 9) → 27.87716487 (a 0.1% false-alarm bound for a uniform stream)
    expect(chi2).toBeLessThan(27.87716487);
    // mean of U(0,1) is 1/2 with SD sqrt(1/12)/sqrt(n) ≈ 0.000913; allow 5 SD
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });

  it("nextInt(n) covers 0…n−1 uniformly (chi-square over a die)", () => {
    const rng = createRng(99);
    const counts = new Array<number>(6).fill(0);
    const n = 60_000;
    let invalid = 0;
    for (let i = 0; i < n; i++) {
      const k = rng.nextInt(6);
      if (!(Number.isInteger(k) && k >= 0 && k < 6)) invalid += 1;
      else counts[k]! += 1;
    }
    expect(invalid).toBe(0);
    const chi2 = counts.reduce((acc, o) => acc + (o - n / 6) ** 2 / (n / 6), 0);
    // R 4.2.2: qchisq(0.999, 5) → 20.51500565
    expect(chi2).toBeLessThan(20.51500565);
  });

  it("nextInt is unbiased for n that does not divide 2^32 (rejection sampling)", () => {
    // n = 3·2^30: plain x mod n would put probability 2/2^32 on 0…2^30−1 and 1/2^32 elsewhere,
    // so the lower third would get half the draws instead of a third.
    const rng = createRng(5);
    const n = 3 * 2 ** 30;
    let lowerThird = 0;
    const draws = 30_000;
    for (let i = 0; i < draws; i++) {
      const k = rng.nextInt(n);
      if (k >= n) throw new Error(`nextInt(${n}) returned ${k}`);
      if (k < 2 ** 30) lowerThird += 1;
    }
    // binomial(30000, 1/3): SD ≈ 81.6; allow 5 SD around 10,000
    expect(Math.abs(lowerThird - draws / 3)).toBeLessThan(5 * Math.sqrt((draws * 2) / 9));
    expect(createRng(1).nextInt(1)).toBe(0);
    // n = 2^32 never rejects, so it returns the raw 32-bit output (reference stream for seed 0 above)
    expect(createRng(0).nextInt(4294967296)).toBe(1789933344);
  });

  it("fillInts and resampleInto consume the stream exactly like repeated nextInt calls", () => {
    // The bulk methods map 32-bit draws to integers by a multiplication, nextInt by a division; they must agree
    // (including n near 2^32 and n that does not divide 2^32, where draws are rejected).
    for (const n of [1, 2, 3, 7, 1000, 50_000, 2 ** 31 - 1, 2 ** 31 + 1, 3 * 2 ** 30, 2 ** 32 - 1, 2 ** 32]) {
      const bulk = createRng(31);
      const single = createRng(31);
      const target = new Uint32Array(5000);
      bulk.fillInts(target, n);
      const expected = Array.from({ length: 5000 }, () => single.nextInt(n));
      expect(Array.from(target)).toEqual(expected);
      expect(bulk.next()).toBe(single.next()); // same position in the stream afterwards
    }
    const source = Object.freeze([10, 20, 30, 40, 50, 60, 70]);
    const bulk = createRng(8);
    const single = createRng(8);
    const target = new Float64Array(1000);
    bulk.resampleInto(source, target);
    expect(Array.from(target)).toEqual(Array.from({ length: 1000 }, () => source[single.nextInt(7)]));
    expect(bulk.nextInt(1000)).toBe(single.nextInt(1000));
  });

  it("throws on invalid seeds and ranges", () => {
    expect(() => createRng(-1)).toThrow("createRng requires an integer seed between 0 and 4294967295");
    expect(() => createRng(1.5)).toThrow("createRng requires an integer seed between 0 and 4294967295");
    expect(() => createRng(2 ** 32)).toThrow("createRng requires an integer seed between 0 and 4294967295");
    expect(() => createRng(Number.NaN)).toThrow("createRng requires an integer seed");
    const rng = createRng(1);
    expect(() => rng.nextInt(0)).toThrow("nextInt requires an integer n between 1 and 4294967296");
    expect(() => rng.nextInt(2.5)).toThrow("nextInt requires an integer n between 1 and 4294967296");
    expect(() => rng.nextInt(2 ** 32 + 1)).toThrow("nextInt requires an integer n between 1 and 4294967296");
    expect(() => rng.fillInts(new Uint32Array(2), 0)).toThrow(
      "fillInts requires an integer n between 1 and 4294967296",
    );
    expect(() => rng.resampleInto([], new Float64Array(2))).toThrow(
      "resampleInto requires a non-empty source",
    );
  });
});

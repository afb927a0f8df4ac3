/** A seeded pseudo-random number generator returned by {@link createRng}. */
export interface Rng {
  /** A uniform draw from [0, 1) with 32 bits of resolution (a multiple of 2^-32). */
  next(): number;
  /** A uniform integer from {0, 1, …, n − 1}, without modulo bias. */
  nextInt(n: number): number;
  /**
   * Fills `target` with `target.length` uniform integers from {0, …, n − 1}: the same numbers, consuming the
   * same stream, as that many calls of `nextInt(n)`, but several times faster for bulk use.
   */
  fillInts(target: Uint32Array, n: number): void;
  /**
   * Sampling with replacement: `target[i] = source[nextInt(source.length)]` for every i, consuming the stream
   * exactly as those `nextInt` calls would (the inner loop of the bootstrap).
   */
  resampleInto(source: ArrayLike<number>, target: Float64Array): void;
}

import { TWO_POW_32, Xoshiro128StarStar } from "./xoshiro128-star-star";

/**
 * Creates a deterministic pseudo-random number generator from an integer seed, so that every random
 * procedure in the analysis library (bootstrap, permutation) is reproducible.
 *
 * Method: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/xoshiro128starstar.c), a 128-bit-state
 * generator with period 2^128 − 1. Its four state words are the first four outputs of splitmix32
 * (a 32-bit variant of Steele, Lea & Flood's SplitMix, increment 0x9e3779b9, finaliser constants
 * 0x21f0aaad / 0x735a2d97 from Wellons' hash prospector) started at `seed`, as the xoshiro authors recommend.
 * `nextInt(n)` uses rejection sampling on the 32-bit output x: draws at or above L = n·q, the largest multiple of n
 * not above 2^32 (q = ⌊2^32/n⌋), are rejected, and the result is ⌊x/q⌋, so each integer gets exactly q of the
 * accepted values and is exactly equally likely.
 *
 * Not cryptographically secure. Streams differ from R's Mersenne Twister, so results are reproducible
 * within this library but not bit-identical to R's `set.seed`.
 *
 * Cost: O(1) time and memory per draw (`nextInt` needs on average fewer than 2 draws for any n, and
 * about 1 + n/2^32 for small n); `fillInts` and `resampleInto` are O(length of the target).
 *
 * @param seed an integer in [0, 2^32 − 1]
 * @throws Error "createRng requires an integer seed between 0 and 4294967295"
 * @throws Error (from `nextInt`) "nextInt requires an integer n between 1 and 4294967296"
 * @throws Error (from `fillInts`) "fillInts requires an integer n between 1 and 4294967296"
 * @throws Error (from `resampleInto`) "resampleInto requires a non-empty source"
 * @example
 * const rng = createRng(42);
 * rng.next();      // 0.15377165307290852 (always, for seed 42)
 * rng.nextInt(6);  // an integer 0…5
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32) {
    throw new Error("createRng requires an integer seed between 0 and 4294967295");
  }
  const generator = new Xoshiro128StarStar(seed);
  const validN = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= TWO_POW_32;
  return {
    next: () => generator.nextUint32() / TWO_POW_32,
    nextInt: (n: number) => {
      if (!validN(n)) throw new Error("nextInt requires an integer n between 1 and 4294967296");
      const q = Math.floor(TWO_POW_32 / n);
      const limit = q * n;
      let x = generator.nextUint32();
      while (x >= limit) x = generator.nextUint32();
      return Math.floor(x / q);
    },
    fillInts: (target: Uint32Array, n: number) => {
      if (!validN(n)) throw new Error("fillInts requires an integer n between 1 and 4294967296");
      generator.fillIndices(target, n);
    },
    resampleInto: (source: ArrayLike<number>, target: Float64Array) => {
      if (source.length === 0) throw new Error("resampleInto requires a non-empty source");
      generator.gatherRandom(source, target);
    },
  };
}

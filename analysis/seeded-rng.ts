/** A seeded pseudo-random number generator returned by {@link createRng}. */
export interface Rng {
  /** A uniform draw from [0, 1) with 32 bits of resolution (a multiple of 2^-32). */
  next(): number;
  /** A uniform integer from {0, 1, …, n − 1}, without modulo bias. */
  nextInt(n: number): number;
}

const TWO_POW_32 = 4294967296;

/**
 * Creates a deterministic pseudo-random number generator from an integer seed, so that every random
 * procedure in the analysis library (bootstrap, permutation) is reproducible.
 *
 * Method: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/xoshiro128starstar.c), a 128-bit-state
 * generator with period 2^128 − 1. Its four state words are the first four outputs of splitmix32
 * (a 32-bit variant of Steele, Lea & Flood's SplitMix, increment 0x9e3779b9, finaliser constants
 * 0x21f0aaad / 0x735a2d97 from Wellons' hash prospector) started at `seed`, as the xoshiro authors recommend.
 * `nextInt(n)` uses rejection sampling on the 32-bit output (draws at or above the largest multiple of n
 * below 2^32 are rejected), so every integer is exactly equally likely.
 *
 * Not cryptographically secure. Streams differ from R's Mersenne Twister, so results are reproducible
 * within this library but not bit-identical to R's `set.seed`.
 *
 * Cost: O(1) time and memory per draw (`nextInt` needs on average fewer than 2 draws for any n, and
 * 1 + n/2^32 for small n).
 *
 * @param seed an integer in [0, 2^32 − 1]
 * @throws Error "createRng requires an integer seed between 0 and 4294967295"
 * @throws Error (from `nextInt`) "nextInt requires an integer n between 1 and 4294967296"
 * @example
 * const rng = createRng(42);
 * rng.next();      // 0.15377165307290852 (always, for seed 42)
 * rng.nextInt(6);  // an integer 0…5
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32) {
    throw new Error("createRng requires an integer seed between 0 and 4294967295");
  }

  // splitmix32 seeding: four consecutive outputs. splitmix32 is a bijection of its counter,
  // so the four words can never all be zero (the one forbidden xoshiro state).
  let sm = seed | 0;
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();

  // xoshiro128**: returns an unsigned 32-bit integer.
  const nextUint32 = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };

  return {
    next: () => nextUint32() / TWO_POW_32,
    nextInt: (n: number) => {
      if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
        throw new Error("nextInt requires an integer n between 1 and 4294967296");
      }
      // Reject the top (2^32 mod n) values so that x mod n is exactly uniform.
      const limit = TWO_POW_32 - (TWO_POW_32 % n);
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % n;
    },
  };
}

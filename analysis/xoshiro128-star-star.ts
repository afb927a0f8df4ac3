// The generator behind createRng (seeded-rng.ts): xoshiro128** 1.1 seeded by splitmix32, and its bulk draws.

export const TWO_POW_32 = 4294967296;

/**
 * A multiplier s with ⌊x·s⌋ = ⌊x/q⌋ exactly for every integer 0 ≤ x < n·q ≤ 2^32 (a multiplication is much
 * cheaper than a division in the bulk loops). s = (1/q)(1 + 2^-40) up to rounding: writing x = kq + j
 * (0 ≤ j < q), the computed x·s is (x/q)(1 + ε) with 2^-41 < ε < 2^-39 after both roundings (each ≤ 2^-53), so it is
 * ≥ k, and it is < k + 1 because (k + j/q)·2^-39 < 1/q whenever (k + 1)·q ≤ 2^32 < 2^39.
 */
function inverseForFloor(q: number): number {
  return (1 / q) * (1 + 2 ** -40);
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna 2021) with its four state words taken from splitmix32 started at `seed`.
 * The bulk draws run the xoshiro128** step inline on local copies of the state, then the same ⌊x/q⌋ mapping as
 * createRng's nextInt. They are written out twice (indices / gather) on purpose: one monomorphic loop each is
 * what V8 optimises best.
 */
export class Xoshiro128StarStar {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
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
    this.s0 = splitmix32();
    this.s1 = splitmix32();
    this.s2 = splitmix32();
    this.s3 = splitmix32();
  }

  /** The next output, an unsigned 32-bit integer. */
  nextUint32(): number {
    const m = Math.imul(this.s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** `target.length` integers from {0, …, n − 1}, as that many nextInt(n) calls. */
  fillIndices(target: Uint32Array, n: number): void {
    const q = Math.floor(TWO_POW_32 / n);
    const limit = q * n;
    const scale = inverseForFloor(q);
    let a = this.s0 | 0;
    let b = this.s1 | 0;
    let c = this.s2 | 0;
    let d = this.s3 | 0;
    for (let i = 0; i < target.length; i++) {
      let x: number;
      do {
        const m = Math.imul(b, 5);
        x = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
      } while (x >= limit);
      target[i] = Math.floor(x * scale);
    }
    [this.s0, this.s1, this.s2, this.s3] = [a, b, c, d];
  }

  /** `target[i] = source[nextInt(source.length)]` for every i, as those nextInt calls. */
  gatherRandom(source: ArrayLike<number>, target: Float64Array): void {
    const q = Math.floor(TWO_POW_32 / source.length);
    const limit = q * source.length;
    const scale = inverseForFloor(q);
    let a = this.s0 | 0;
    let b = this.s1 | 0;
    let c = this.s2 | 0;
    let d = this.s3 | 0;
    for (let i = 0; i < target.length; i++) {
      let x: number;
      do {
        const m = Math.imul(b, 5);
        x = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
      } while (x >= limit);
      target[i] = source[Math.floor(x * scale)] as number;
    }
    [this.s0, this.s1, this.s2, this.s3] = [a, b, c, d];
  }
}

import type { Rng } from "../seeded-rng";

/** The few distributions the synthetic panel draws from, all fed by one seeded stream. */
export interface Draws {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller, one value per two uniforms). */
  normal(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  /** A uniform element of a non-empty list. */
  oneOf<T>(values: readonly T[]): T;
}

/**
 * Wraps a seeded generator in the draws the synthetic panel needs, so every random choice comes from one
 * reproducible stream (no Math.random). Normal draws use the Box–Muller transform (Box, G. E. P. & Muller,
 * M. E. 1958, Ann. Math. Statist. 29, 610–611), z = √(−2 ln(1 − u₁))·cos(2πu₂); 1 − u₁ keeps the logarithm finite.
 *
 * Cost: O(1) per draw, O(entries) for `weighted`.
 *
 * @throws Error "weighted requires at least one positive weight"
 * @throws Error "oneOf requires a non-empty list"
 * @example
 * const draws = createDraws(createRng(1));
 * draws.weighted([["yes", 3], ["no", 1]]); // "yes" three times as often as "no"
 */
export function createDraws(rng: Rng): Draws {
  const uniform = (): number => rng.next();
  return {
    uniform,
    normal: () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()),
    chance: (p) => uniform() < p,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
      if (!(total > 0)) throw new Error("weighted requires at least one positive weight");
      let target = uniform() * total;
      for (const [value, weight] of entries) {
        target -= Math.max(0, weight);
        if (target < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    oneOf: (values) => {
      if (values.length === 0) throw new Error("oneOf requires a non-empty list");
      return values[rng.nextInt(values.length)]!;
    },
  };
}

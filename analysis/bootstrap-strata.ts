// The samples of bootstrapCI as strata of Float64Array columns, and the jackknife its BCa interval needs.
import type { Rng } from "./seeded-rng";

/**
 * One sample: a column of numbers, or a record of equally long columns whose rows are resampled together
 * (e.g. `{ lsat, gpa }` for a correlation).
 */
export type BootstrapSample = ArrayLike<number> | Readonly<Record<string, ArrayLike<number>>>;

const FULL_JACKKNIFE_MAX_N = 10_000;
const DEFAULT_JACKKNIFE_BLOCKS = 1_000;

/** A sample copied into Float64Array columns (a single column is stored under the key ""). */
export interface Stratum {
  n: number;
  keys: string[];
  columns: Float64Array[];
  isRecord: boolean;
}

/** A sample checked and copied into columns. */
export function toStratum(sample: BootstrapSample): Stratum {
  const isRecord = !isArrayLike(sample);
  const keys = isRecord ? Object.keys(sample) : [""];
  const raw: ArrayLike<number>[] = isRecord
    ? keys.map((k) => (sample as Readonly<Record<string, ArrayLike<number>>>)[k] as ArrayLike<number>)
    : [sample as ArrayLike<number>];
  if (raw.length === 0) throw new Error("bootstrapCI requires at least 2 observations in each sample");
  const n = (raw[0] as ArrayLike<number>).length;
  if (raw.some((col) => col.length !== n)) {
    throw new Error("bootstrapCI requires the columns of a sample to have equal lengths");
  }
  if (n < 2) throw new Error("bootstrapCI requires at least 2 observations in each sample");
  const columns = raw.map((col) => Float64Array.from(col));
  for (const col of columns) {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(col[i])) throw new Error("bootstrapCI requires finite sample values");
    }
  }
  return { n, keys, columns, isRecord };
}

function isArrayLike(sample: BootstrapSample): sample is ArrayLike<number> {
  return typeof (sample as { length?: unknown }).length === "number";
}

/**
 * Leave-one-block-out estimates over all samples. Blocks are single observations (exact jackknife) unless the
 * total n exceeds FULL_JACKKNIFE_MAX_N or `blocks` is given.
 */
export function jackknifeValues(
  strata: Stratum[],
  originals: unknown[],
  view: (s: Stratum, columns: Float64Array[]) => unknown,
  statistic: (...groups: unknown[]) => number,
  blocks: number | undefined,
  rng: Rng,
): Float64Array {
  const total = strata.reduce((acc, s) => acc + s.n, 0);
  if (blocks !== undefined && (!Number.isInteger(blocks) || blocks < 2)) {
    throw new Error("bootstrapCI requires jackknifeBlocks to be an integer of at least 2");
  }
  const requested = blocks ?? (total <= FULL_JACKKNIFE_MAX_N ? total : DEFAULT_JACKKNIFE_BLOCKS);
  const blocksPer = strata.map((s) =>
    requested >= total ? s.n : Math.min(s.n, Math.max(2, Math.round((requested * s.n) / total))),
  );
  const values = new Float64Array(blocksPer.reduce((a, k) => a + k, 0));
  let out = 0;
  const groups = originals.slice();
  strata.forEach((s, g) => {
    const k = blocksPer[g] as number;
    let source = s.columns;
    if (k < s.n) {
      // Random assignment of observations to blocks: a seeded Fisher–Yates shuffle of the rows.
      const perm = Array.from({ length: s.n }, (_, i) => i);
      for (let i = s.n - 1; i > 0; i--) {
        const j = rng.nextInt(i + 1);
        const tmp = perm[i] as number;
        perm[i] = perm[j] as number;
        perm[j] = tmp;
      }
      source = s.columns.map((col) => Float64Array.from(perm, (p) => col[p] as number));
    }
    const work = s.columns.map(() => new Float64Array(s.n));
    for (let block = 0; block < k; block++) {
      const start = Math.floor((block * s.n) / k);
      const end = Math.floor(((block + 1) * s.n) / k);
      const cols = source.map((col, c) => {
        const w = work[c] as Float64Array;
        w.set(col.subarray(0, start), 0);
        w.set(col.subarray(end), start);
        return w.subarray(0, s.n - (end - start));
      });
      groups[g] = view(s, cols);
      values[out++] = statistic(...groups);
    }
    groups[g] = originals[g];
  });
  return values;
}

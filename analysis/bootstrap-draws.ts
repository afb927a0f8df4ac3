// The replicates of bootstrapCI as a stream that can be extended, so a precision rule can add resamples.
import { type BootstrapSample, jackknifeValues, type Stratum, toStratum } from "./bootstrap-strata";
import { createRng, type Rng } from "./seeded-rng";

/** What the statistic receives for one sample: a Float64Array, or a record of Float64Array columns. */
export type ResampledSample<S> =
  S extends ArrayLike<number> ? Float64Array : { readonly [K in keyof S]: Float64Array };

/** The data, statistic and seed of a bootstrap (see `bootstrapCI` for their meaning). */
export interface BootstrapDrawArgs<S extends readonly BootstrapSample[]> {
  samples: S;
  statistic: (...groups: { [I in keyof S]: ResampledSample<S[I]> }) => number;
  seed: number;
  jackknifeBlocks?: number;
}

/**
 * A bootstrap in progress: the estimate, replicates drawn on demand from one random stream, and the jackknife.
 * `next(B₁)` then `next(B₂)` yields exactly the replicates of one `next(B₁ + B₂)`, so a run that adds resamples
 * equals a run that asked for them all at once.
 */
export interface BootstrapDraws {
  estimate: number;
  seed: number;
  /** `count` more replicates, continuing the stream */
  next(count: number): Float64Array;
  /** leave-one-out (or leave-one-block-out) values for the BCa acceleration; computed once */
  jackknife(): Float64Array;
}

/** The delete-a-group jackknife assigns blocks from its own stream, so it never shifts the replicates'. */
const JACKKNIFE_STREAM = 0x5bd1e995;

/**
 * The estimate and an extendable stream of replicates for {@link BootstrapDrawArgs}: each resample draws every
 * sample's indices in turn (a single column straight from the generator, several columns through one index
 * draw), into reused buffers; the jackknife (for BCa) uses a separate stream derived from the seed.
 *
 * Cost: O(n) to copy and check the samples; O(count · (n + statistic)) per `next`; the jackknife as in bootstrapCI.
 *
 * @throws the input errors of `bootstrapCI` ("bootstrapCI requires …") and of {@link createRng}
 * @example
 * const draws = bootstrapDraws({ samples: [a], statistic: mean, seed: 1 });
 * const first = draws.next(2000); const more = draws.next(2000); // = the 4,000 replicates of one run
 */
export function bootstrapDraws<const S extends readonly BootstrapSample[]>(
  args: BootstrapDrawArgs<S>,
): BootstrapDraws {
  const { samples, seed } = args;
  if (samples.length === 0) throw new Error("bootstrapCI requires at least one sample");
  const rng = createRng(seed);
  const strata = samples.map(toStratum);
  const statistic = args.statistic as unknown as (...groups: unknown[]) => number;
  const originals = strata.map((s) => view(s, s.columns));
  const estimate = statistic(...originals);
  if (!Number.isFinite(estimate)) {
    throw new Error("bootstrapCI requires the statistic to be finite on the original samples");
  }
  let jackknife: Float64Array | null = null;
  return {
    estimate,
    seed,
    next: replicateStream(strata, statistic, rng),
    jackknife: () =>
      (jackknife ??= jackknifeValues(
        strata,
        originals,
        view,
        statistic,
        args.jackknifeBlocks,
        jackknifeRng(seed),
      )),
  };
}

function jackknifeRng(seed: number): Rng {
  return createRng((seed ^ JACKKNIFE_STREAM) >>> 0);
}

function view(s: Stratum, columns: Float64Array[]): unknown {
  if (!s.isRecord) return columns[0];
  const record: Record<string, Float64Array> = {};
  s.keys.forEach((key, c) => (record[key] = columns[c] as Float64Array));
  return record;
}

/** Draws replicates in batches from one generator, reusing the resample buffers between batches. */
function replicateStream(
  strata: readonly Stratum[],
  statistic: (...groups: unknown[]) => number,
  rng: Rng,
): (count: number) => Float64Array {
  const bufferColumns = strata.map((s) => s.columns.map(() => new Float64Array(s.n)));
  const buffers = strata.map((s, g) => view(s, bufferColumns[g] as Float64Array[]));
  const indexBuffers = strata.map((s) => (s.columns.length > 1 ? new Uint32Array(s.n) : null));
  return (count) => {
    const replicates = new Float64Array(count);
    for (let b = 0; b < count; b++) {
      for (let g = 0; g < strata.length; g++) {
        const s = strata[g] as Stratum;
        const out = bufferColumns[g] as Float64Array[];
        const idx = indexBuffers[g];
        if (idx === null || idx === undefined) {
          rng.resampleInto(s.columns[0] as Float64Array, out[0] as Float64Array);
        } else {
          rng.fillInts(idx, s.n);
          s.columns.forEach((src, c) => gather(src, idx, out[c] as Float64Array));
        }
      }
      replicates[b] = statistic(...buffers);
    }
    return replicates;
  };
}

function gather(source: Float64Array, indices: Uint32Array, target: Float64Array): void {
  for (let i = 0; i < indices.length; i++) target[i] = source[indices[i] as number] as number;
}

import { bootstrapToPrecision } from "./bootstrap-to-precision";
import { htmtFromCrossProducts } from "./htmt-from-cross-products";

/** Result of {@link htmtBootstrap}. */
export interface HtmtBootstrapResult {
  estimate: number;
  /** percentile interval over respondents */
  ci95: [number, number];
  interval: "percentile";
  se: number;
  B: number;
  seed: number;
  /** resamples where HTMT was undefined (an item without variance), left out as R's boot.ci does */
  nonFinite: number;
  /** Monte Carlo standard error of each bound, and the decimals the interval may be published with (decision 028) */
  mcse: [number, number];
  digits: number;
}

/**
 * HTMT (as {@link htmt}) with a 95 % percentile bootstrap interval over respondents: each resample draws n
 * respondents with replacement (whole rows, so every item keeps its partner answers) and recomputes HTMT
 * ({@link bootstrapCI} with one record sample, as R `boot(data, function(d, i) htmt(d[i, ]), R = B)` then
 * `boot.ci(type = "perc")`). The percentile interval follows Henseler, Ringle & Sarstedt (2015, §"HTMT
 * inference") and Franke & Sarstedt (2019, Internet Research 29, 430–447), who test HTMT against a threshold
 * with the bootstrap percentile bound. The one call that draws resamples, so a rule choosing B can wrap it.
 *
 * Cost: O(n · (p + q)²) once, then O(B · n · (p + q)²) additions.
 *
 * @throws errors of {@link bootstrapCI} (too few rows, invalid B or seed, HTMT undefined on the data)
 * @example
 * htmtBootstrap(protectiveItems, clientItems, { B: 2000, seed: 1 }).ci95; // [0.55, 0.66]
 */
export function htmtBootstrap(
  x: readonly Float64Array[],
  y: readonly Float64Array[],
  { B, seed, maxB = B, digits = 2 }: { B: number; seed: number; maxB?: number; digits?: number },
): HtmtBootstrapResult {
  const statistic = resampledHtmt([...x, ...y], x.length);
  // The sample is the row numbers: resampling them draws whole rows, as the records of bootstrapCI would.
  const rows = Float64Array.from(x[0]!, (_, i) => i);
  // B grows (from the same stream) until each bound's Monte Carlo error is below half its last digit; maxB = B
  // keeps it fixed, as the validation harness and R's boot() comparison need.
  const boot = bootstrapToPrecision({
    samples: [rows],
    statistic,
    seed,
    B,
    maxB,
    digits,
    interval: "percentile",
  });
  return {
    estimate: boot.estimate,
    ci95: boot.percentile!,
    interval: "percentile",
    se: boot.se,
    B: boot.B,
    seed: boot.seed,
    nonFinite: boot.nonFinite,
    mcse: boot.mcse.percentile,
    digits: boot.precision.digits,
  };
}

/**
 * HTMT of the rows a resample names, from sums precomputed once per row: each item's value and each pair's
 * product (the upper triangle), so a replicate is O(n · m²) additions without gathering or centring the columns;
 * the cross products are then Σ x_a x_b − (Σ x_a)(Σ x_b)/n.
 */
function resampledHtmt(columns: readonly Float64Array[], p: number) {
  const m = columns.length;
  const n = columns[0]!.length;
  const pairs: [number, number][] = [];
  for (let a = 0; a < m; a++) for (let b = a; b < m; b++) pairs.push([a, b]);
  const width = m + pairs.length;
  // Each row's values are shifted by the column means first, so the raw sums stay small and exact enough.
  const shifted = columns.map((column) => {
    const mean = column.reduce((s, v) => s + v, 0) / n;
    return Float64Array.from(column, (v) => v - mean);
  });
  const moments = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < m; a++) moments[i * width + a] = shifted[a]![i]!;
    pairs.forEach(([a, b], k) => (moments[i * width + m + k] = shifted[a]![i]! * shifted[b]![i]!));
  }
  const sums = new Float64Array(width);
  const cross = new Float64Array(m * m);
  return (rows: Float64Array) => {
    sums.fill(0);
    for (let j = 0; j < rows.length; j++) {
      const base = rows[j]! * width;
      for (let k = 0; k < width; k++) sums[k] = sums[k]! + moments[base + k]!;
    }
    pairs.forEach(([a, b], k) => (cross[a * m + b] = sums[m + k]! - (sums[a]! * sums[b]!) / rows.length));
    return htmtFromCrossProducts(cross, m, p);
  };
}

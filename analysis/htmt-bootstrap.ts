import { bootstrapCI } from "./bootstrap-ci";
import { htmt } from "./htmt";

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
}

/**
 * HTMT ({@link htmt}) with a 95 % percentile bootstrap interval over respondents: each resample draws n
 * respondents with replacement (whole rows, so every item keeps its partner answers) and recomputes HTMT
 * ({@link bootstrapCI} with one record sample, as R `boot(data, function(d, i) htmt(d[i, ]), R = B)` then
 * `boot.ci(type = "perc")`). The percentile interval follows Henseler, Ringle & Sarstedt (2015, §"HTMT
 * inference") and Franke & Sarstedt (2019, Internet Research 29, 430–447), who test HTMT against a threshold
 * with the bootstrap percentile bound. The one call that draws resamples, so a rule choosing B can wrap it.
 *
 * Cost: O(B · n · (p + q)²).
 *
 * @throws errors of {@link bootstrapCI} (too few rows, invalid B or seed, HTMT undefined on the data)
 * @example
 * htmtBootstrap(protectiveItems, clientItems, { B: 2000, seed: 1 }).ci95; // [0.55, 0.66]
 */
export function htmtBootstrap(
  x: readonly Float64Array[],
  y: readonly Float64Array[],
  { B, seed }: { B: number; seed: number },
): HtmtBootstrapResult {
  const record: Record<string, Float64Array> = {};
  [...x, ...y].forEach((column, j) => (record[`c${j}`] = column));
  const keys = Object.keys(record);
  const p = x.length;
  const statistic = (d: Readonly<Record<string, Float64Array>>) => {
    const columns = keys.map((key) => d[key]!);
    return htmt(columns.slice(0, p), columns.slice(p));
  };
  const boot = bootstrapCI({ samples: [record], statistic, seed, B, method: "percentile" });
  return {
    estimate: boot.estimate,
    ci95: boot.percentile!,
    interval: "percentile",
    se: boot.se,
    B: boot.B,
    seed: boot.seed,
    nonFinite: boot.nonFinite,
  };
}

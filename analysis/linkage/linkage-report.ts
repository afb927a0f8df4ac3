import { meanAndVariance } from "../mean-and-variance";
import type { BaselineComparison, GroupSummary, HistogramBin, LinkageRecord, SubgroupRate } from "./types";

/** Cells (linked or unlinked counts) below this are not shown, as elsewhere in published output. */
export const MIN_CELL = 5;
export const HISTOGRAM_BIN_BITS = 2;

/** Histogram of the assigned pairs' weights and of the accepted ones, in bins of HISTOGRAM_BIN_BITS bits. */
export function weightHistogram(assigned: readonly number[], threshold: number): HistogramBin[] {
  if (assigned.length === 0) return [];
  const low = Math.floor(assigned.reduce((a, b) => Math.min(a, b)) / HISTOGRAM_BIN_BITS) * HISTOGRAM_BIN_BITS;
  const high = Math.max(
    Math.ceil(assigned.reduce((a, b) => Math.max(a, b)) / HISTOGRAM_BIN_BITS) * HISTOGRAM_BIN_BITS,
    low + HISTOGRAM_BIN_BITS,
  );
  const bins: HistogramBin[] = [];
  for (let from = low; from < high; from += HISTOGRAM_BIN_BITS)
    bins.push({ from, to: from + HISTOGRAM_BIN_BITS, assigned: 0, accepted: 0 });
  for (const weight of assigned) {
    const bin = bins[Math.min(bins.length - 1, Math.floor((weight - low) / HISTOGRAM_BIN_BITS))]!;
    bin.assigned++;
    if (weight >= threshold) bin.accepted++;
  }
  return bins;
}

/** The earlier wave's linkage rate within each value of each group label; a cell under MIN_CELL hides the row. */
export function subgroupRates(
  earlier: readonly LinkageRecord[],
  linked: ReadonlySet<string>,
): Record<string, SubgroupRate[]> {
  const tallies = new Map<string, Map<string, { n: number; linked: number }>>();
  for (const record of earlier) {
    for (const [group, value] of Object.entries(record.groups ?? {})) {
      const byValue = tallies.get(group) ?? new Map<string, { n: number; linked: number }>();
      tallies.set(group, byValue);
      const tally = byValue.get(value) ?? { n: 0, linked: 0 };
      byValue.set(value, tally);
      tally.n++;
      if (linked.has(record.id)) tally.linked++;
    }
  }
  const result: Record<string, SubgroupRate[]> = {};
  for (const [group, byValue] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    result[group] = [...byValue]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, { n, linked: count }]) =>
        count < MIN_CELL || n - count < MIN_CELL
          ? { value, suppressed: true }
          : { value, n, linked: count, rate: count / n, suppressed: false },
      );
  }
  return result;
}

function summarise(values: number[]): GroupSummary {
  if (values.length < MIN_CELL) return { n: values.length, mean: null, sd: null };
  const { mean, variance } = meanAndVariance(values);
  return { n: values.length, mean, sd: Math.sqrt(variance) };
}

/**
 * Matched versus unmatched earlier records on each baseline variable: means, SDs (n − 1) and the standardised mean
 * difference with the pooled SD √((s₁² + s₂²)/2) (Austin 2009, Statistics in Medicine 28, 3083–3107, eq. 1), the
 * usual balance measure: |SMD| above about 0.1 says linkage is selective on that variable.
 */
export function baselineComparison(
  earlier: readonly LinkageRecord[],
  linked: ReadonlySet<string>,
): BaselineComparison[] {
  const variables = [...new Set(earlier.flatMap((record) => Object.keys(record.baseline ?? {})))].sort();
  return variables.map((variable) => {
    const matched: number[] = [];
    const unmatched: number[] = [];
    for (const record of earlier) {
      const value = record.baseline?.[variable];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      (linked.has(record.id) ? matched : unmatched).push(value);
    }
    const a = summarise(matched);
    const b = summarise(unmatched);
    const pooled = a.sd !== null && b.sd !== null ? Math.sqrt((a.sd ** 2 + b.sd ** 2) / 2) : null;
    const smd = pooled !== null && pooled > 0 ? (a.mean! - b.mean!) / pooled : null;
    return { variable, matched: a, unmatched: b, standardisedMeanDifference: smd };
  });
}

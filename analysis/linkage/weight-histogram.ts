import type { HistogramBin } from "./types";

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

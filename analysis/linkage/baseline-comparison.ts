import { meanAndVariance } from "../mean-and-variance";
import { inGivenOrder } from "./in-given-order";
import { MIN_CELL } from "./subgroup-rates";
import type { BaselineComparison, GroupSummary, LinkageRecord } from "./types";

function summarise(values: number[]): GroupSummary {
  if (values.length < MIN_CELL) return { n: values.length, mean: null, sd: null };
  const { mean, variance } = meanAndVariance(values);
  return { n: values.length, mean, sd: Math.sqrt(variance) };
}

/**
 * Matched versus unmatched earlier records on each baseline variable: means, SDs (n − 1) and the standardised mean
 * difference with the pooled SD √((s₁² + s₂²)/2) (Austin 2009, Statistics in Medicine 28, 3083–3107, eq. 1), the
 * usual balance measure: |SMD| above about 0.1 says linkage is selective on that variable. Rows come in the order
 * of `labels` (LinkageOptions.baselineLabels) and carry its label; other variables follow by id, labelled by it.
 */
export function baselineComparison(
  earlier: readonly LinkageRecord[],
  linked: ReadonlySet<string>,
  labels: Readonly<Record<string, string>> = {},
): BaselineComparison[] {
  const variables = inGivenOrder(
    [...new Set(earlier.flatMap((record) => Object.keys(record.baseline ?? {})))].map((id) => [id, id]),
    Object.keys(labels),
  ).map(([id]) => id);
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
    const label = Object.hasOwn(labels, variable) ? labels[variable]! : variable;
    return { variable, label, matched: a, unmatched: b, standardisedMeanDifference: smd };
  });
}

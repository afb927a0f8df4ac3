import { quantile } from "simple-statistics";

/** Result of {@link supportLevels}. */
export interface SupportLevels {
  /** tertile cut points: low ≤ cuts[0] < middle ≤ cuts[1] < high; null when fewer than 3 scores */
  cuts: [number, number] | null;
  /** per respondent: 0 low, 1 middle, 2 high (the index in SUPPORT_LEVELS), −1 without a support score */
  level: Int8Array;
}

/**
 * Groups respondents into low, middle and high institutional support by the tertiles of their support score
 * (quantiles at 1/3 and 2/3, R type 7): low ≤ q⅓ < middle ≤ q⅔ < high. The score is discrete, so respondents
 * tied at a cut point all fall into the lower group and the groups can differ in size; their n is reported.
 * Tertiles rather than mean ± 1 SD: each group holds about a third of the sample whatever the distribution's
 * shape, and the continuous score is used as it is in the moderation model.
 *
 * Cost: O(n) (simple-statistics' quantile selects instead of sorting).
 *
 * @param support support scores, NaN for missing
 * @example
 * supportLevels(Float64Array.from([10, 20, 30, 40, 50, 60])).level; // [0, 0, 1, 1, 2, 2]
 */
export function supportLevels(support: Float64Array): SupportLevels {
  const level = new Int8Array(support.length).fill(-1);
  const scores = Array.from(support.filter((v) => Number.isFinite(v)));
  if (scores.length < 3) return { cuts: null, level };
  const [low, high] = quantile(scores, [1 / 3, 2 / 3]);
  const cuts: [number, number] = [low!, high!];
  for (let i = 0; i < support.length; i++) {
    const s = support[i]!;
    if (Number.isFinite(s)) level[i] = s <= cuts[0] ? 0 : s <= cuts[1] ? 1 : 2;
  }
  return { cuts, level };
}

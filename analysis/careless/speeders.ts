/** Result of {@link speeders}. */
export interface SpeedersResult {
  /** Median of the known durations (R's `median`), or null when there are none. */
  median: number | null;
  /** fraction × median: durations strictly below it are flagged; null without a median. */
  cutoff: number | null;
  /** One flag per input; false where the duration is unknown. */
  flagged: boolean[];
}

/**
 * Speeders: respondents who finished much faster than is plausible for reading the questions. The rule
 * used here flags a completion time under a fraction (by default one third) of the sample's median
 * completion time — a relative rule that needs no assumed reading speed and adapts to the instrument's length
 * (response time as a careless-responding index: Meade & Craig 2012, Psychol. Methods 17, 437–455; Curran
 * 2016, J. Exp. Soc. Psychol. 66, 4–19).
 *
 * Method: median of the non-null durations (mean of the two middle values for an even count); a duration
 * d is flagged when d < fraction · median (strictly).
 *
 * Cost: O(n log n).
 *
 * @param durations seconds per respondent; null where unknown (never flagged, not in the median)
 * @param fraction share of the median below which a duration is flagged, in (0, 1]; default 1/3
 * @returns { median, cutoff, flagged }
 * @throws Error "speeders requires non-negative finite durations or null"
 * @throws Error "speeders requires a fraction in (0, 1]"
 * @example
 * speeders([300, 310, 90, 400, 280]); // { median: 300, cutoff: 100, flagged: [false, false, true, false, false] }
 */
export function speeders(durations: ReadonlyArray<number | null>, fraction = 1 / 3): SpeedersResult {
  if (!(fraction > 0 && fraction <= 1)) throw new Error("speeders requires a fraction in (0, 1]");
  const known: number[] = [];
  for (const value of durations) {
    if (value === null) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new Error("speeders requires non-negative finite durations or null");
    known.push(value);
  }
  if (known.length === 0) return { median: null, cutoff: null, flagged: durations.map(() => false) };
  known.sort((a, b) => a - b);
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 === 1 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  const cutoff = fraction * median;
  return { median, cutoff, flagged: durations.map((value) => value !== null && value < cutoff) };
}

/**
 * The correlation of two measures corrected for their unreliability: the correlation their true scores would
 * have if each were measured without error.
 *
 * Method: r / √(rel_x · rel_y) (Spearman, C. 1904, "The proof and measurement of association between two
 * things", American Journal of Psychology 15, 72–101), here with Cronbach's α as each reliability. It can exceed
 * 1 in a sample when the reliabilities are underestimated; it is returned as computed, not clamped.
 *
 * Cost: O(1).
 *
 * @param r the observed correlation of the two scores
 * @param reliabilityX reliability of the first score, in (0, 1]
 * @param reliabilityY reliability of the second score, in (0, 1]
 * @throws Error "disattenuatedCorrelation requires reliabilities in (0, 1]"
 * @throws Error "disattenuatedCorrelation requires r in [−1, 1]"
 * @example
 * disattenuatedCorrelation(0.5, 0.8, 0.9); // 0.5 / √0.72 = 0.5892556509887896
 */
export function disattenuatedCorrelation(r: number, reliabilityX: number, reliabilityY: number): number {
  if (!(r >= -1 && r <= 1)) throw new Error("disattenuatedCorrelation requires r in [−1, 1]");
  for (const rel of [reliabilityX, reliabilityY]) {
    if (!(rel > 0 && rel <= 1)) throw new Error("disattenuatedCorrelation requires reliabilities in (0, 1]");
  }
  return r / Math.sqrt(reliabilityX * reliabilityY);
}

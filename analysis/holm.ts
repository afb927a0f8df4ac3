/**
 * Holm's step-down adjustment of p-values for multiple comparisons (family-wise error rate), returned in the
 * input order, as R's `p.adjust(p, "holm")`.
 *
 * Method: with the p-values sorted increasingly, p̃_(i) = min(1, max_{j ≤ i} (m − j + 1)·p_(j)) (Holm, S. 1979,
 * "A simple sequentially rejective multiple test procedure", Scandinavian Journal of Statistics 6, 65–70).
 * Ties keep their input order (R's stable `order`), which does not change the adjusted values.
 *
 * Cost: O(m·log m).
 *
 * @param p p-values in [0, 1]
 * @returns adjusted p-values, same length and order as `p` (an empty input gives [])
 * @throws Error "holm requires p-values between 0 and 1"
 * @example
 * holm([0.01, 0.04, 0.03, 0.005]); // [0.03, 0.06, 0.06, 0.02]
 */
export function holm(p: readonly number[]): number[] {
  const m = p.length;
  for (const value of p) {
    if (!(typeof value === "number" && value >= 0 && value <= 1))
      throw new Error("holm requires p-values between 0 and 1");
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => p[i]! - p[j]! || i - j);
  const adjusted = new Array<number>(m);
  let running = 0;
  for (let rank = 0; rank < m; rank++) {
    const index = order[rank]!;
    running = Math.max(running, (m - rank) * p[index]!);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

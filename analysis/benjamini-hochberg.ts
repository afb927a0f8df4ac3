/**
 * Benjamini–Hochberg adjustment of p-values (false discovery rate), returned in the input order, as R's
 * `p.adjust(p, "BH")`.
 *
 * Method: with the p-values sorted increasingly, p̃_(i) = min(1, min_{j ≥ i} m·p_(j)/j) (Benjamini, Y. &
 * Hochberg, Y. 1995, "Controlling the false discovery rate: a practical and powerful approach to multiple
 * testing", Journal of the Royal Statistical Society B 57, 289–300). Rejecting the hypotheses with p̃ ≤ q
 * controls the FDR at q for independent or positively dependent tests.
 *
 * Cost: O(m·log m).
 *
 * @param p p-values in [0, 1]
 * @returns adjusted p-values, same length and order as `p` (an empty input gives [])
 * @throws Error "benjaminiHochberg requires p-values between 0 and 1"
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.005]); // [0.02, 0.04, 0.04, 0.02]
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  for (const value of p) {
    if (!(typeof value === "number" && value >= 0 && value <= 1)) {
      throw new Error("benjaminiHochberg requires p-values between 0 and 1");
    }
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => p[i]! - p[j]! || i - j);
  const adjusted = new Array<number>(m);
  let running = Infinity;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * p[index]!);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

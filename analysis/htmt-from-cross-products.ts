/**
 * HTMT from the centred cross-product matrix of the items (the first p of m items are one scale): the correlations
 * r_ab = C_ab / √(C_aa C_bb), then the mean heterotrait correlation over √(mean monotrait X · mean monotrait Y)
 * (Henseler, Ringle & Sarstedt 2015, eq. 6). The shared last step of {@link htmt} and the bootstrap's replicates.
 *
 * Cost: O(m²).
 *
 * @param cross m × m, row-major; only the upper triangle (b ≥ a) is read
 * @returns HTMT, or NaN when an item has no variance or a monotrait mean is not positive
 * @example
 * htmtFromCrossProducts(cross, 12, 6); // HTMT of items 0–5 against items 6–11
 */
export function htmtFromCrossProducts(cross: Float64Array, m: number, p: number): number {
  const r = (a: number, b: number) => cross[a * m + b]! / Math.sqrt(cross[a * m + a]! * cross[b * m + b]!);
  const block = (from: number, to: number) => {
    let sum = 0;
    for (let a = from; a < to; a++) for (let b = a + 1; b < to; b++) sum += r(a, b);
    return sum / (((to - from) * (to - from - 1)) / 2);
  };
  let hetero = 0;
  for (let a = 0; a < p; a++) for (let b = p; b < m; b++) hetero += r(a, b);
  hetero /= p * (m - p);
  const monoX = block(0, p);
  const monoY = block(p, m);
  return monoX > 0 && monoY > 0 ? hetero / Math.sqrt(monoX * monoY) : Number.NaN;
}

import { htmtFromCrossProducts } from "./htmt-from-cross-products";

/**
 * The heterotrait–monotrait ratio of correlations (HTMT) between two multi-item scales: how strongly items of
 * different scales correlate, relative to how strongly items of the same scale do. Values near 1 say the two
 * scales do not measure distinct constructs.
 *
 * Method: with r_ij the Pearson correlations of the items (columns), HTMT = mean of the p·q heterotrait
 * correlations (an item of X with an item of Y) / √(mean of the p(p − 1)/2 monotrait correlations within X ·
 * mean of the q(q − 1)/2 within Y) (Henseler, J., Ringle, C. M. & Sarstedt, M. 2015, "A new criterion for
 * assessing discriminant validity in variance-based structural equation modeling", Journal of the Academy of
 * Marketing Science 43, 115–135, eq. 6). The items must be keyed in one direction (reverse items mirrored), as
 * the correlations are used with their signs. Columns are used as given: equal lengths, finite values (callers
 * check).
 *
 * Cost: O(n·(p + q)²) time, O((p + q)²) memory; allocation-free apart from the small matrices, so it suits a
 * bootstrap.
 *
 * @param x the items of the first scale (at least 2 columns of equal length)
 * @param y the items of the second scale (at least 2 columns, the same length as x's)
 * @returns HTMT, or NaN when an item does not vary or a monotrait mean is not positive
 * @throws Error "htmt requires at least 2 items in each scale"
 * @example
 * htmt([x1, x2, x3], [y1, y2, y3]); // e.g. 0.62 for two constructs correlated about 0.6
 */
export function htmt(x: readonly ArrayLike<number>[], y: readonly ArrayLike<number>[]): number {
  if (x.length < 2 || y.length < 2) throw new Error("htmt requires at least 2 items in each scale");
  const columns = [...x, ...y];
  const m = columns.length;
  const n = columns[0]!.length;
  // Centred values row by row, so the cross-product loop below reads one contiguous row at a time.
  const rows = new Float64Array(n * m);
  columns.forEach((column, a) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += column[i]!;
    const mean = sum / n;
    for (let i = 0; i < n; i++) rows[i * m + a] = column[i]! - mean;
  });
  const cross = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    const base = i * m;
    for (let a = 0; a < m; a++) {
      const da = rows[base + a]!;
      const offset = a * m;
      for (let b = a; b < m; b++) cross[offset + b] = cross[offset + b]! + da * rows[base + b]!;
    }
  }
  return htmtFromCrossProducts(cross, m, x.length);
}

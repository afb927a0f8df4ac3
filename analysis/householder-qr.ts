// The linear algebra under ols: Householder QR with R's rank tolerance, back substitution, and (XᵀX)⁻¹ from R.

/** R's rank-deficiency tolerance (`lm`'s `qr(x, tol = 1e-07)`). */
const RANK_TOL = 1e-7;

/**
 * Householder QR of the n×p matrix given as columns (overwritten), applying the same reflections to y.
 * Returns the p×p upper-triangular R (rows) and Qᵀy.
 */
export function householderQr(
  cols: Float64Array[],
  y: Float64Array,
  names: string[],
): { r: Float64Array[]; qty: Float64Array } {
  const p = cols.length;
  const n = y.length;
  const originalNorms = cols.map((c) => scaledNorm(c, 0));
  const r = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    const a = cols[j] as Float64Array;
    const norm = scaledNorm(a, j);
    if (!(norm > RANK_TOL * (originalNorms[j] as number))) {
      throw new Error(
        `ols requires linearly independent predictors (${names[j]} is collinear with earlier columns)`,
      );
    }
    // v = a[j…] + sign(a_j)·‖a[j…]‖·e₁; H = I − 2vvᵀ/(vᵀv); H a = −sign(a_j)‖a‖e₁.
    const alpha = (a[j] as number) >= 0 ? -norm : norm;
    const v = new Float64Array(n - j);
    v[0] = (a[j] as number) - alpha;
    for (let i = j + 1; i < n; i++) v[i - j] = a[i] as number;
    let vtv = 0;
    for (let i = 0; i < v.length; i++) vtv += (v[i] as number) ** 2;
    const apply = (c: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += (v[i - j] as number) * (c[i] as number);
      const f = (2 * dot) / vtv;
      for (let i = j; i < n; i++) c[i] = (c[i] as number) - f * (v[i - j] as number);
    };
    a[j] = alpha;
    for (let i = j + 1; i < n; i++) a[i] = 0;
    for (let k = j + 1; k < p; k++) apply(cols[k] as Float64Array);
    apply(y);
    for (let k = j; k < p; k++) r[j]![k] = (cols[k] as Float64Array)[j] as number;
  }
  return { r, qty: y };
}

/** Euclidean norm of c[from…], scaled against overflow and underflow. */
function scaledNorm(c: Float64Array, from: number): number {
  let scale = 0;
  for (let i = from; i < c.length; i++) scale = Math.max(scale, Math.abs(c[i] as number));
  if (scale === 0) return 0;
  let ss = 0;
  for (let i = from; i < c.length; i++) ss += ((c[i] as number) / scale) ** 2;
  return scale * Math.sqrt(ss);
}

/** β solving R β = (Qᵀy)[0…p−1] by back substitution, for the p×p upper-triangular R of {@link householderQr}. */
export function backSubstitute(r: readonly Float64Array[], qty: Float64Array): Float64Array {
  const p = r.length;
  const beta = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let s = qty[j] as number;
    for (let k = j + 1; k < p; k++) s -= (r[j]![k] as number) * (beta[k] as number);
    beta[j] = s / (r[j]![j] as number);
  }
  return beta;
}

/** σ²(XᵀX)⁻¹ = σ² R⁻¹ R⁻ᵀ, with R⁻¹ upper triangular: the covariance of the estimates. Cost: O(p³). */
export function scaledInverseCrossProduct(r: readonly Float64Array[], sigma2: number): number[][] {
  const p = r.length;
  const rInv = Array.from({ length: p }, () => new Float64Array(p));
  for (let j = 0; j < p; j++) {
    rInv[j]![j] = 1 / (r[j]![j] as number);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += (r[i]![k] as number) * (rInv[k]![j] as number);
      rInv[i]![j] = -s / (r[i]![i] as number);
    }
  }
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += (rInv[i]![k] as number) * (rInv[j]![k] as number);
      return s * sigma2;
    }),
  );
}

import type { PersonMoments } from "./person-moments";

/** The GLS solution at one variance ratio λ = σ²_person / σ²_residual. */
export interface RemlPoint {
  lambda: number;
  beta: Float64Array;
  /** (XᵀV⁻¹X)⁻¹, p × p row-major, with V = I + λ·ZZᵀ (σ² not applied) */
  inverse: Float64Array;
  /** residual variance σ̂² = rᵀV⁻¹r / (N − p) */
  sigma2: number;
  /** restricted log-likelihood at λ with σ² profiled out */
  logLik: number;
  observations: number;
}

/** Cholesky factor L (row-major, lower) of a symmetric positive-definite p × p matrix; null when not positive. */
function cholesky(a: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * p + i] = Math.sqrt(s);
      } else l[i * p + j] = s / l[j * p + j]!;
    }
  }
  return l;
}

/** A⁻¹ from its Cholesky factor (p is small: the fixed effects). */
function choleskyInverse(l: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  for (let col = 0; col < p; col++) {
    const z = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      let s = i === col ? 1 : 0;
      for (let k = 0; k < i; k++) s -= l[i * p + k]! * z[k]!;
      z[i] = s / l[i * p + i]!;
    }
    for (let i = p - 1; i >= 0; i--) {
      let s = z[i]!;
      for (let k = i + 1; k < p; k++) s -= l[k * p + i]! * inv[k * p + col]!;
      inv[i * p + col] = s / l[i * p + i]!;
    }
  }
  return inv;
}

/**
 * The REML profile at λ for the people in `selection` (indices, repeats allowed; all people when null): with
 * cᵢ = λ/(1 + nᵢλ), V⁻¹ = I − cᵢ11ᵀ within person i, so XᵀV⁻¹X = Σ XᵢᵀXᵢ − cᵢsᵢsᵢᵀ (likewise for Xᵀy and yᵀy);
 * β̂ = (XᵀV⁻¹X)⁻¹XᵀV⁻¹y, and ℓ_R = −½[(N − p)(log 2πσ̂² + 1) + Σ log(1 + nᵢλ) + log|XᵀV⁻¹X|] (Harville 1977,
 * JASA 72, 320–338; the profiled form of Pinheiro & Bates 2000, Mixed-Effects Models in S, §2.2.5).
 *
 * Cost: O(people·p² + p³). Returns null when XᵀV⁻¹X is singular.
 */
export function remlProfile(
  m: PersonMoments,
  lambda: number,
  selection: ArrayLike<number> | null,
): RemlPoint | null {
  const { p } = m;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  let yy = 0;
  let observations = 0;
  let logDetV = 0;
  const count = selection ? selection.length : m.people;
  for (let t = 0; t < count; t++) {
    const i = selection ? selection[t]! : t;
    const n = m.rows[i]!;
    const c = lambda / (1 + n * lambda);
    const sy = m.ySum[i]!;
    observations += n;
    logDetV += Math.log1p(n * lambda);
    yy += m.yy[i]! - c * sy * sy;
    for (let u = 0; u < p; u++) {
      const su = m.xSum[i * p + u]!;
      b[u]! += m.xy[i * p + u]! - c * su * sy;
      for (let v = 0; v < p; v++) a[u * p + v]! += m.xx[(i * p + u) * p + v]! - c * su * m.xSum[i * p + v]!;
    }
  }
  const l = cholesky(a, p);
  if (!l || observations <= p) return null;
  const inverse = choleskyInverse(l, p);
  const beta = new Float64Array(p);
  for (let u = 0; u < p; u++) for (let v = 0; v < p; v++) beta[u]! += inverse[u * p + v]! * b[v]!;
  let rss = yy;
  for (let u = 0; u < p; u++) rss -= beta[u]! * b[u]!;
  const df = observations - p;
  const sigma2 = rss / df;
  let logDetA = 0;
  for (let u = 0; u < p; u++) logDetA += 2 * Math.log(l[u * p + u]!);
  const logLik = -0.5 * (df * (Math.log(2 * Math.PI * sigma2) + 1) + logDetV + logDetA);
  return { lambda, beta, inverse, sigma2, logLik, observations };
}

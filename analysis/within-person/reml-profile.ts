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
 * The selected people's moments summed once, so that the profile can be evaluated at many λ cheaply: λ enters
 * only through cᵢ = λ/(1 + nᵢλ), which depends on a person's number of rows alone, so the people are grouped by
 * nᵢ. Σ XᵢᵀXᵢ, Σ Xᵢᵀyᵢ and Σ yᵢᵀyᵢ are kept whole; sᵢsᵢᵀ, sᵢΣyᵢ and (Σyᵢ)² are summed within each group.
 */
export interface ProfileSums {
  p: number;
  observations: number;
  xx: Float64Array;
  xy: Float64Array;
  yy: number;
  /** one entry per distinct row count n: how many selected people have it, and their sums */
  groups: { n: number; people: number; ss: Float64Array; sy: Float64Array; yy: number }[];
}

/** {@link ProfileSums} of the people in `selection` (indices, repeats allowed; all people when null). O(people·p²). */
export function profileSums(m: PersonMoments, selection: ArrayLike<number> | null): ProfileSums {
  const { p } = m;
  const sums: ProfileSums = {
    p,
    observations: 0,
    xx: new Float64Array(p * p),
    xy: new Float64Array(p),
    yy: 0,
    groups: [],
  };
  const byRows = new Map<number, ProfileSums["groups"][number]>();
  const count = selection ? selection.length : m.people;
  for (let t = 0; t < count; t++) {
    const i = selection ? selection[t]! : t;
    const n = m.rows[i]!;
    let group = byRows.get(n);
    if (!group) {
      group = { n, people: 0, ss: new Float64Array(p * p), sy: new Float64Array(p), yy: 0 };
      byRows.set(n, group);
    }
    const sy = m.ySum[i]!;
    sums.observations += n;
    sums.yy += m.yy[i]!;
    group.people += 1;
    group.yy += sy * sy;
    for (let u = 0; u < p; u++) {
      const su = m.xSum[i * p + u]!;
      sums.xy[u]! += m.xy[i * p + u]!;
      group.sy[u]! += su * sy;
      for (let v = 0; v < p; v++) {
        sums.xx[u * p + v]! += m.xx[(i * p + u) * p + v]!;
        group.ss[u * p + v]! += su * m.xSum[i * p + v]!;
      }
    }
  }
  sums.groups = [...byRows.values()].sort((a, b) => a.n - b.n);
  return sums;
}

/**
 * The REML profile at λ from {@link profileSums}: with cᵢ = λ/(1 + nᵢλ), V⁻¹ = I − cᵢ11ᵀ within person i, so
 * XᵀV⁻¹X = Σ XᵢᵀXᵢ − cᵢsᵢsᵢᵀ (likewise for Xᵀy and yᵀy); β̂ = (XᵀV⁻¹X)⁻¹XᵀV⁻¹y, and
 * ℓ_R = −½[(N − p)(log 2πσ̂² + 1) + Σ log(1 + nᵢλ) + log|XᵀV⁻¹X|] (Harville 1977, JASA 72, 320–338; the profiled
 * form of Pinheiro & Bates 2000, Mixed-Effects Models in S, §2.2.5).
 *
 * Cost: O(groups·p² + p³). Returns null when XᵀV⁻¹X is singular.
 */
export function profileAt(sums: ProfileSums, lambda: number): RemlPoint | null {
  const { p, observations } = sums;
  const a = Float64Array.from(sums.xx);
  const b = Float64Array.from(sums.xy);
  let yy = sums.yy;
  let logDetV = 0;
  for (const group of sums.groups) {
    const c = lambda / (1 + group.n * lambda);
    logDetV += group.people * Math.log1p(group.n * lambda);
    yy -= c * group.yy;
    for (let u = 0; u < p; u++) {
      b[u]! -= c * group.sy[u]!;
      for (let v = 0; v < p; v++) a[u * p + v]! -= c * group.ss[u * p + v]!;
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

/**
 * The REML profile at λ for the people in `selection` (indices, repeats allowed; all people when null):
 * {@link profileAt} of their {@link profileSums}. To evaluate many λ for one selection, sum once and call
 * profileAt.
 *
 * Cost: O(people·p² + p³). Returns null when XᵀV⁻¹X is singular.
 */
export function remlProfile(
  m: PersonMoments,
  lambda: number,
  selection: ArrayLike<number> | null,
): RemlPoint | null {
  return profileAt(profileSums(m, selection), lambda);
}

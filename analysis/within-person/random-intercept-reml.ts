import { tQuantile, tSf } from "../distributions/index";
import { maximiseReml } from "./maximise-reml";
import { personMoments, type PersonMoments } from "./person-moments";
import type { RemlPoint } from "./reml-profile";

/** One fixed effect of {@link randomInterceptReml}, as a row of nlme's `summary(fit)$tTable` with its CI. */
export interface MixedCoefficient {
  estimate: number;
  se: number;
  /** denominator degrees of freedom, nlme's containment ("between-within") rule */
  df: number;
  t: number;
  p: number;
  ci95: [number, number];
}

/** Result of {@link randomInterceptReml}. */
export interface RandomInterceptFit {
  /** "(Intercept)" first, then the predictors in the order given */
  names: string[];
  coefficients: Record<string, MixedCoefficient>;
  /** covariance of the fixed effects, σ̂²(XᵀV⁻¹X)⁻¹, in `names` order (nlme: `vcov(fit)`) */
  vcov: number[][];
  /** standard deviations of the random intercept and of the residual (nlme: `VarCorr(fit)`) */
  sdPerson: number;
  sdResidual: number;
  /** restricted log-likelihood (nlme: `logLik(fit)` for method = "REML") */
  logLik: number;
  nObservations: number;
  nGroups: number;
}

/** The design of a random-intercept model: the checked columns, each person's index and their moments. */
export function randomInterceptDesign(
  y: ArrayLike<number>,
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  groups: ArrayLike<string | number>,
) {
  const names = ["(Intercept)", ...Object.keys(predictors)];
  const n = y.length;
  const columns = [
    new Float64Array(n).fill(1),
    ...Object.values(predictors).map((c) => Float64Array.from(c)),
  ];
  if (groups.length !== n || columns.some((c) => c.length !== n)) {
    throw new Error("randomInterceptReml requires predictors and groups of the same length as y");
  }
  if (![y, ...columns].every((c) => Array.prototype.every.call(c, Number.isFinite))) {
    throw new Error("randomInterceptReml requires finite values");
  }
  const index = new Map<string | number, number>();
  const person = Int32Array.from({ length: n }, (_, r) => {
    const g = groups[r]!;
    if (!index.has(g)) index.set(g, index.size);
    return index.get(g)!;
  });
  if (n <= names.length + 1 || index.size < 2 || index.size >= n) {
    throw new Error(
      "randomInterceptReml requires at least 2 groups and more rows than groups and coefficients",
    );
  }
  return { names, columns, person, moments: personMoments(y, columns, person, index.size) };
}

/**
 * nlme's denominator df (Pinheiro & Bates 2000, §2.4.2): a term constant within every person is a between-person
 * term, with G − 1 − (between terms) df; the intercept and every term that varies within a person get
 * N − G − (within terms).
 */
function containmentDf(columns: readonly Float64Array[], person: Int32Array, groups: number): number[] {
  const varies = columns.map((c, j) => {
    if (j === 0) return true;
    const first = new Map<number, number>();
    return Array.from(c).some((v, r) => {
      const seen = first.get(person[r]!);
      if (seen === undefined) first.set(person[r]!, v);
      return seen !== undefined && seen !== v;
    });
  });
  const within = varies.filter((v, j) => v && j > 0).length;
  const between = varies.filter((v) => !v).length;
  return varies.map((v) => (v ? person.length - groups - within : groups - 1 - between));
}

/** The fit's coefficient table, covariance and variance components at the REML point. */
function fitAt(point: RemlPoint, names: string[], df: number[], m: PersonMoments): RandomInterceptFit {
  const p = names.length;
  const vcov = Array.from({ length: p }, (_, u) =>
    Array.from({ length: p }, (_, v) => point.inverse[u * p + v]! * point.sigma2),
  );
  const coefficients = Object.fromEntries(
    names.map((name, j): [string, MixedCoefficient] => {
      const estimate = point.beta[j]!;
      const se = Math.sqrt(vcov[j]![j]!);
      const t = estimate / se;
      const half = tQuantile(0.975, df[j]!) * se;
      const ci95: [number, number] = [estimate - half, estimate + half];
      return [name, { estimate, se, df: df[j]!, t, p: 2 * tSf(Math.abs(t), df[j]!), ci95 }];
    }),
  );
  return {
    names,
    coefficients,
    vcov,
    sdPerson: Math.sqrt(point.lambda * point.sigma2),
    sdResidual: Math.sqrt(point.sigma2),
    logLik: point.logLik,
    nObservations: point.observations,
    nGroups: m.people,
  };
}

/**
 * Linear mixed model with a random intercept per person, yₜᵢ = xₜᵢᵀβ + uᵢ + eₜᵢ, uᵢ ~ N(0, σ²_u), eₜᵢ ~ N(0, σ²),
 * fitted by restricted maximum likelihood, as R's `nlme::lme(y ~ x1 + x2, random = ~ 1 | person, method =
 * "REML")`: fixed effects with SEs, t tests and 95 % CIs on nlme's containment df, the two standard deviations and
 * the restricted log-likelihood.
 *
 * Method: with σ² and β profiled out the restricted likelihood depends on λ = σ²_u/σ² only ({@link remlProfile});
 * it is maximised over log λ ({@link maximiseReml}). REML rather than ML because ML's variance estimates ignore
 * the degrees of freedom spent on β and are biased down in small samples (Patterson & Thompson 1971).
 *
 * Cost: O(N·p² + 130·(G·p² + p³)) for N rows, G people and p fixed effects.
 *
 * @param y responses, one per row (a person's wave)
 * @param predictors named columns, each as long as y; name a product "a:b" as R does
 * @param groups each row's person (any ids)
 * @throws Error "randomInterceptReml requires …" for unequal lengths, non-finite values, too few groups or rows,
 *   or collinear predictors
 * @example
 * const fit = randomInterceptReml(score, { years, support, "years:support": product }, person);
 * fit.coefficients.years.df; // N − G − 2, as nlme
 */
export function randomInterceptReml(
  y: ArrayLike<number>,
  predictors: Readonly<Record<string, ArrayLike<number>>>,
  groups: ArrayLike<string | number>,
): RandomInterceptFit {
  const { names, columns, person, moments } = randomInterceptDesign(y, predictors, groups);
  const df = containmentDf(columns, person, moments.people);
  return fitAt(maximiseReml(moments), names, df, moments);
}

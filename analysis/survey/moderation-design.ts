import { nestedFTest, type NestedFTest } from "../nested-f-test";
import { ols, type OlsFit } from "../ols";
import { restrictedCubicSpline } from "../restricted-cubic-spline";

/** The fitted moderation design of {@link fitModerationDesign}. */
export interface ModerationDesign {
  /** outcome ~ tenure basis (centred) + support_c + basis × support_c [+ covariates] */
  full: OlsFit;
  /** the joint test of every tenure × support term against none (R `anova(reduced, full)`) */
  interaction: NestedFTest;
  knots: number[];
  /** means of the basis columns in the model sample (the centring) */
  basisMeans: number[];
  supportMean: number;
  /** coefficient names of the tenure basis and of its products with support, in order */
  names: { basis: string[]; products: string[] };
}

const mean = (values: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
};

/**
 * Fits the moderation model in which tenure enters as the trajectory's restricted cubic spline (Harrell's knots
 * for `nk`, {@link restrictedCubicSpline}), each basis column and support centred at their means in the model
 * sample, and support interacts with every basis column; also fits the model without the products and tests
 * them jointly ({@link nestedFTest}). Covariates (already coded as numeric columns) enter both models.
 *
 * R: `B <- scale(rcs_basis(tenure, knots), scale = FALSE); s <- support - mean(support);
 * full <- lm(y ~ B * s + covariates); anova(lm(y ~ B + s + covariates), full)`.
 *
 * Cost: O(n·p²) for p = 2k coefficients (k knots) plus covariates.
 *
 * @throws errors of {@link restrictedCubicSpline} and {@link ols} (too few observations, collinear columns)
 */
export function fitModerationDesign(
  tenure: Float64Array,
  support: Float64Array,
  y: Float64Array,
  options: { nk: number; covariates?: Record<string, ArrayLike<number>> },
): ModerationDesign {
  const { knots, columns } = restrictedCubicSpline(tenure, { nk: options.nk });
  const basisMeans = columns.map(mean);
  const supportMean = mean(support);
  const s = support.map((v) => v - supportMean);
  const basis = columns.map((column, j) => column.map((v) => v - basisMeans[j]!));
  const names = {
    basis: basis.map((_, j) => "tenure" + "'".repeat(j)),
    products: basis.map((_, j) => "tenure" + "'".repeat(j) + ":support"),
  };
  const main: Record<string, ArrayLike<number>> = {};
  names.basis.forEach((name, j) => (main[name] = basis[j]!));
  main.support = s;
  Object.assign(main, options.covariates ?? {});
  const products: Record<string, ArrayLike<number>> = {};
  names.products.forEach((name, j) => (products[name] = basis[j]!.map((v, i) => v * s[i]!)));
  const reduced = ols(y, main);
  const full = ols(y, { ...main, ...products });
  return { full, interaction: nestedFTest(reduced, full), knots, basisMeans, supportMean, names };
}

/**
 * The support effect (outcome points per support point) at each tenure, from the full model: θ(t) = β_s +
 * Σⱼ β_{j×s}·(Bⱼ(t) − B̄ⱼ), with SE √(c V cᵀ) for the contrast row c — R: `c %*% coef(full)` and
 * `sqrt(c %*% vcov(full) %*% c)`.
 *
 * Cost: O(points · k²).
 */
export function supportEffectAt(design: ModerationDesign, tenures: readonly number[]) {
  const { full, names, knots, basisMeans } = design;
  const rows = restrictedCubicSpline(tenures, { knots }).columns;
  const index = (name: string) => full.names.indexOf(name);
  const positions = [index("support"), ...names.products.map(index)];
  return tenures.map((_, g) => {
    const c = [1, ...rows.map((column, j) => column[g]! - basisMeans[j]!)];
    let estimate = 0;
    let variance = 0;
    c.forEach((ca, a) => {
      estimate += ca * full.coefficients[full.names[positions[a]!]!]!.estimate;
      c.forEach((cb, b) => (variance += ca * full.vcov[positions[a]!]![positions[b]!]! * cb));
    });
    return { estimate, se: Math.sqrt(Math.max(variance, 0)) };
  });
}

import { assertFiniteSample } from "./assert-finite-sample";
import { normalQuantile } from "./distributions/normal-quantile";
import { tSf } from "./distributions/t-sf";
import { pearsonR } from "./pearson-r";

/** Result of {@link pearson}. */
export interface PearsonResult {
  /** Pearson's product-moment correlation */
  r: number;
  /** two-sided p-value of H0: ρ = 0 (t-test with n − 2 df) */
  p: number;
  /** 95 % confidence interval for ρ (Fisher z) */
  ci95: [number, number];
  /** number of pairs */
  n: number;
}

const Z975 = normalQuantile(0.975);

/**
 * Pearson's correlation with its t-test and Fisher-z confidence interval, as R's `cor.test(x, y)`.
 *
 * Method: r = Σ(x − x̄)(y − ȳ)/√(Σ(x − x̄)²·Σ(y − ȳ)²) from centred data (two passes, {@link pearsonR});
 * t = r·√((n − 2)/(1 − r²)) with 1 − r² formed as (1 − r)(1 + r), p = 2·P(T_{n−2} > |t|) computed in the upper
 * tail; CI = tanh(atanh(r) ± z_{0.975}/√(n − 3)) (Fisher 1921, Metron 1, 3–32). Pairs are used as given (no
 * missing-value handling: every x and y must be finite).
 *
 * Cost: O(n).
 *
 * @param x first variable (finite numbers)
 * @param y second variable, same length as x (finite numbers)
 * @returns { r, p, ci95, n }
 * @throws Error "pearson requires x and y of equal length"
 * @throws Error "pearson requires at least 4 pairs"
 * @throws Error "pearson requires finite numbers"
 * @throws Error "pearson requires non-constant x and y"
 * @example
 * // Law-school data (Efron & Tibshirani): LSAT vs GPA of 15 schools
 * pearson(lsat, gpa); // { r: 0.7763745, p: 0.00066510, ci95: [0.4385108, 0.9219648], n: 15 }
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): PearsonResult {
  if (x.length !== y.length) throw new Error("pearson requires x and y of equal length");
  const n = x.length;
  if (n < 4) throw new Error("pearson requires at least 4 pairs");
  assertFiniteSample(x, "pearson");
  assertFiniteSample(y, "pearson");
  const r = pearsonR(x, y);
  if (r === null) throw new Error("pearson requires non-constant x and y");
  const df = n - 2;
  const oneMinusR2 = (1 - r) * (1 + r);
  const p = oneMinusR2 === 0 ? 0 : Math.min(1, 2 * tSf(Math.abs(r) * Math.sqrt(df / oneMinusR2), df));
  const z = Math.atanh(r);
  const half = Z975 / Math.sqrt(n - 3);
  return { r, p, ci95: [Math.tanh(z - half), Math.tanh(z + half)], n };
}

/**
 * The Stirling-series remainder δ(x) = ln Γ(x) − [(x − ½)·ln x − x + ½·ln(2π)] for x ≥ 10
 * (internal helper of the distributions; R calls it `lgammacor`, Loader (2000) `stirlerr`).
 *
 * Method: the asymptotic series δ(x) = Σ B₂ₖ / (2k(2k − 1)·x^(2k−1)), k = 1…8 (Abramowitz & Stegun 6.1.40).
 * For x ≥ 10 the first omitted term is below 2·10⁻¹⁸, so δ is accurate to double precision. Keeping δ
 * separate lets ln Γ, ln B and the Poisson/beta density prefactors cancel their large terms analytically
 * instead of numerically.
 *
 * Cost: O(1).
 *
 * @param x a number ≥ 10
 * @returns δ(x), a small positive number (≈ 1/(12x))
 * @throws Error "stirlingCorrection requires x >= 10"
 * @example
 * stirlingCorrection(10); // 0.00833056343336287
 */
export function stirlingCorrection(x: number): number {
  if (!(x >= 10)) throw new Error("stirlingCorrection requires x >= 10");
  const z = 1 / (x * x);
  // B2k / (2k(2k-1)) for k = 1..8
  const c1 = 1 / 12;
  const c2 = -1 / 360;
  const c3 = 1 / 1260;
  const c4 = -1 / 1680;
  const c5 = 1 / 1188;
  const c6 = -691 / 360360;
  const c7 = 1 / 156;
  const c8 = -3617 / 122400;
  return (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * (c6 + z * (c7 + z * c8))))))) / x;
}

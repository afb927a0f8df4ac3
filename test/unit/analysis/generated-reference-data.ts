// Deterministic values shared by the spline and bootstrap tests, reproducible bit-for-bit in R and JavaScript
// (IEEE arithmetic only), so R can compute the expected numbers from the very same inputs.

/** R: u <- function(n) ((1:n * 7919) %% 2003) / 2003 — n well-spread values in [0, 1), unsorted. */
export function deterministicUniforms(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (((i + 1) * 7919) % 2003) / 2003);
}

/**
 * Skewed "bootstrap replicates", unsorted. R: mk <- function(B) { u <- ((1:B * 7919) %% 2003) / 2003; u^3 + 0.5 * u }
 */
export function deterministicReplicates(B: number): number[] {
  return deterministicUniforms(B).map((u) => u ** 3 + 0.5 * u);
}

/**
 * Checks that every element of a sample is a finite number (internal helper of the tests and effect sizes),
 * so that NaN, ±Infinity, null or a non-number never flows silently into a statistic.
 *
 * Cost: O(n).
 *
 * @param values the sample
 * @param caller the public function's name, used in the error message
 * @throws Error "<caller> requires finite numbers" when an element is not a finite number
 * @example
 * assertFiniteSample([1, 2, 3], "welchTTest");          // ok
 * assertFiniteSample([1, Number.NaN], "welchTTest");    // throws "welchTTest requires finite numbers"
 */
export function assertFiniteSample(values: ArrayLike<number>, caller: string): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new Error(`${caller} requires finite numbers`);
  }
}

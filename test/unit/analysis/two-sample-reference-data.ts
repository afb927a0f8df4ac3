// Reference data sets shared by the two-sample tests (see /work/shared/reference/statistics-cases.md).

/** R datasets::sleep, extra for group 1 (sleep$extra[sleep$group == 1]). */
export const SLEEP_1: readonly number[] = Object.freeze([
  0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0,
]);
/** R datasets::sleep, extra for group 2. */
export const SLEEP_2: readonly number[] = Object.freeze([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

/** R datasets::mtcars, mpg for am = 0 (automatic, n 19). */
export const MPG_AUTOMATIC: readonly number[] = Object.freeze([
  21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3,
  19.2,
]);
/** R datasets::mtcars, mpg for am = 1 (manual, n 13). */
export const MPG_MANUAL: readonly number[] = Object.freeze([
  21, 21, 22.8, 32.4, 30.4, 33.9, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4,
]);

/** Five-point Likert answers of two groups (ties-heavy), typed for these tests. */
export const LIKERT_A: readonly number[] = Object.freeze([
  4, 5, 3, 4, 4, 5, 2, 4, 3, 5, 4, 4, 3, 5, 5, 4, 2, 4, 3, 4, 5, 4, 4,
]);
export const LIKERT_B: readonly number[] = Object.freeze([
  3, 2, 4, 3, 3, 1, 2, 3, 4, 2, 3, 3, 2, 4, 3, 2, 3, 1, 3,
]);

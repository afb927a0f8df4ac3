// Shared inputs of the careless-responding tests, frozen so a function that mutates its input fails.
// The R reference values in the tests come from hand-written versions of the careless package's formulas
// (careless is not installed here); each test quotes the R code it ran.

/**
 * Eight respondents × twelve items (three 4-item scales); NA = null. In R:
 * X <- rbind(c(3,3,3,3,3,3,2,2,4,4,5,1), c(1,2,3,4,5,4,3,2,1,2,3,4), c(5,5,4,4,2,2,1,1,3,3,4,4),
 *            c(2,NA,2,2,2,3,3,NA,NA,3,1,1), c(4,4,5,5,1,2,1,2,3,3,3,2), c(1,5,1,5,2,4,4,2,5,1,3,3),
 *            c(2,2,2,3,3,3,4,4,4,5,5,5), c(NA,NA,NA,NA,4,4,4,4,2,2,1,1))
 */
export const ITEM_ROWS: ReadonlyArray<ReadonlyArray<number | null>> = Object.freeze(
  [
    [3, 3, 3, 3, 3, 3, 2, 2, 4, 4, 5, 1],
    [1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4],
    [5, 5, 4, 4, 2, 2, 1, 1, 3, 3, 4, 4],
    [2, null, 2, 2, 2, 3, 3, null, null, 3, 1, 1],
    [4, 4, 5, 5, 1, 2, 1, 2, 3, 3, 3, 2],
    [1, 5, 1, 5, 2, 4, 4, 2, 5, 1, 3, 3],
    [2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5],
    [null, null, null, null, 4, 4, 4, 4, 2, 2, 1, 1],
  ].map((row) => Object.freeze(row)),
);

/** R datasets::stackloss as a matrix (21 × 4: Air.Flow, Water.Temp, Acid.Conc., stack.loss). */
export const STACKLOSS: ReadonlyArray<ReadonlyArray<number>> = Object.freeze(
  [
    [80, 27, 89, 42],
    [80, 27, 88, 37],
    [75, 25, 90, 37],
    [62, 24, 87, 28],
    [62, 22, 87, 18],
    [62, 23, 87, 18],
    [62, 24, 93, 19],
    [62, 24, 93, 20],
    [58, 23, 87, 15],
    [58, 18, 80, 14],
    [58, 18, 89, 14],
    [58, 17, 88, 13],
    [58, 18, 82, 11],
    [58, 19, 93, 12],
    [50, 18, 89, 8],
    [50, 18, 86, 7],
    [50, 19, 72, 8],
    [50, 19, 79, 8],
    [50, 20, 80, 9],
    [56, 20, 82, 15],
    [70, 20, 91, 15],
  ].map((row) => Object.freeze(row)),
);

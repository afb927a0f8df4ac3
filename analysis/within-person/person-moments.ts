/**
 * Per-person sufficient statistics of a linear model with a random intercept: for person i with nᵢ rows of the
 * design Xᵢ (intercept first) and responses yᵢ, the sums sᵢ = Xᵢᵀ1, Σyᵢ, XᵢᵀXᵢ, Xᵢᵀyᵢ and yᵢᵀyᵢ. Every REML
 * quantity is a sum of these over people, so a person-level bootstrap resamples people by adding their moments.
 */
export interface PersonMoments {
  /** coefficients per row of X (intercept included) */
  p: number;
  people: number;
  rows: Float64Array;
  /** people × p */
  xSum: Float64Array;
  ySum: Float64Array;
  /** people × p × p */
  xx: Float64Array;
  /** people × p */
  xy: Float64Array;
  yy: Float64Array;
}

/**
 * The {@link PersonMoments} of a long data set: one row per observation, `person` the row's person index
 * (0 … people − 1), `columns` the design's columns (the intercept column included).
 *
 * Cost: O(N·p²) for N rows.
 *
 * @example
 * personMoments(y, [ones, years], person, 48).rows[0]; // how many rows person 0 has
 */
export function personMoments(
  y: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  person: ArrayLike<number>,
  people: number,
): PersonMoments {
  const p = columns.length;
  const m: PersonMoments = {
    p,
    people,
    rows: new Float64Array(people),
    xSum: new Float64Array(people * p),
    ySum: new Float64Array(people),
    xx: new Float64Array(people * p * p),
    xy: new Float64Array(people * p),
    yy: new Float64Array(people),
  };
  for (let r = 0; r < y.length; r++) {
    const i = person[r]!;
    const yr = y[r]!;
    m.rows[i]! += 1;
    m.ySum[i]! += yr;
    m.yy[i]! += yr * yr;
    for (let a = 0; a < p; a++) {
      const xa = columns[a]![r]!;
      m.xSum[i * p + a]! += xa;
      m.xy[i * p + a]! += xa * yr;
      for (let b = 0; b < p; b++) m.xx[(i * p + a) * p + b]! += xa * columns[b]![r]!;
    }
  }
  return m;
}

/** Both tails of the standard normal distribution. */
export interface NormalTails {
  /** Φ(x) = P(Z ≤ x) */
  lower: number;
  /** 1 − Φ(x) = P(Z > x) */
  upper: number;
}

const INV_SQRT_2PI = 0.3989422804014326779399461;
const SQRT_32 = 5.656854249492380195206755;

// Rational Chebyshev coefficients of W. J. Cody (1969, 1993), as published in SPECFUN's ANORM.
const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
];

/**
 * Both tails Φ(x) and 1 − Φ(x) of the standard normal distribution, each computed directly (never as
 * 1 − the other when it is the small one), so that tails down to the subnormal range (x ≈ −38.4) keep
 * ~14 significant digits (internal workhorse of normalCdf / normalSf).
 *
 * Method: W. J. Cody's rational Chebyshev approximations to erf/erfc (Cody 1969, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23, 631–637; ANORM of ACM TOMS Algorithm 715, 1993),
 * on |x| ≤ 0.66291, 0.66291 < |x| ≤ √32 and |x| > √32. The Gaussian factor exp(−x²/2) is evaluated as
 * exp(−s²/2)·exp(−(x − s)(x + s)/2) with s = x rounded down to a multiple of 1/16 (Cody's device against the
 * rounding error of x²), switching to a single exp of the log when the first factor would be subnormal.
 *
 * Cost: O(1).
 *
 * @param x any number except NaN (±Infinity allowed)
 * @returns { lower: Φ(x), upper: 1 − Φ(x) }
 * @throws never (callers reject NaN)
 * @example
 * normalTails(-1.959963984540054); // { lower: 0.025, upper: 0.975 } (to 16 digits)
 */
export function normalTails(x: number): NormalTails {
  const y = Math.abs(x);
  if (y <= 0.66291) {
    const xsq = x * x;
    let num = A[4]! * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * xsq;
      den = (den + B[i]!) * xsq;
    }
    const temp = (x * (num + A[3]!)) / (den + B[3]!);
    return { lower: 0.5 + temp, upper: 0.5 - temp };
  }
  let tail: number;
  if (y <= SQRT_32) {
    let num = C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    tail = gaussianFactor(y, (num + C[7]!) / (den + D[7]!));
  } else if (y < 40) {
    const xsq = 1 / (x * x);
    let num = P[5]! * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * xsq;
      den = (den + Q[i]!) * xsq;
    }
    const ratio = (xsq * (num + P[4]!)) / (den + Q[4]!);
    tail = gaussianFactor(y, (INV_SQRT_2PI - ratio) / y);
  } else {
    tail = 0; // below the smallest subnormal double (Φ(−38.5) ≈ 1.6e-324)
  }
  return x > 0 ? { lower: 1 - tail, upper: tail } : { lower: tail, upper: 1 - tail };
}

/** exp(−y²/2)·factor, with the argument split to avoid the rounding error of y² (Cody). */
function gaussianFactor(y: number, factor: number): number {
  const s = Math.floor(y * 16) / 16;
  const del = (y - s) * (y + s);
  if (s < 37) return Math.exp(-s * s * 0.5) * Math.exp(-del * 0.5) * factor;
  return Math.exp(-s * s * 0.5 - del * 0.5 + Math.log(factor));
}

import { incompleteBetaTails } from "./incomplete-beta-tails";
import { logBeta } from "./log-beta";
import { normalTails } from "./normal-tails";

/** The tails of Student's t distribution at t. */
export interface TTails {
  /** P(T ≤ t) */
  lower: number;
  /** P(T > t) */
  upper: number;
  /** P(0 < T < |t|), accurate near t = 0 for finite df (used by tQuantile for p near ½) */
  center: number;
}

/**
 * Lower tail, upper tail and central mass of Student's t distribution with df degrees of freedom, each
 * computed directly from the regularized incomplete beta function so that none is a difference of nearly
 * equal numbers (internal workhorse of tCdf, tSf and tQuantile).
 *
 * Method: with x = df/(df + t²) and y = t²/(df + t²) (both formed without overflow),
 * P(|T| > |t|) = I_x(df/2, ½) and P(|T| < |t|) = I_y(½, df/2) (Abramowitz & Stegun 26.7.1; Johnson, Kotz &
 * Balakrishnan 1995, ch. 28); {@link incompleteBetaTails} returns both. When x would underflow (|t| > 1e150·√df,
 * reachable only for tiny df) the leading term xᵃ/(a·B(a, ½)) of the series is used in log space. df = Infinity gives the normal
 * (there `center` is Φ(|t|) − ½, with absolute rather than relative accuracy near 0).
 *
 * Cost: O(1)–O(√df) as for {@link incompleteBetaTails}.
 *
 * @param t any number except NaN
 * @param df degrees of freedom > 0 (non-integer allowed, Infinity allowed)
 * @returns { lower, upper, center }
 * @throws never for valid input (callers validate)
 * @example
 * tTails(2, 10); // { lower: 0.96330598261463, upper: 0.0366940173853701, center: 0.46330598261463 }
 */
export function tTails(t: number, df: number): TTails {
  const s = Math.abs(t);
  let tail: number;
  let center: number;
  if (df === Infinity) {
    const n = normalTails(-s);
    tail = n.lower;
    center = n.upper - 0.5;
  } else if (s === Infinity) {
    tail = 0;
    center = 0.5;
  } else {
    // r = t²/df formed without overflow; x = 1/(1 + r), y = r/(1 + r)
    let x: number;
    let y: number;
    const logX = Math.log(df) - 2 * Math.log(s);
    if (logX < -690) {
      // x = df/(df + t²) < 1e-300 would underflow although x^(df/2) need not (tiny df):
      // I_x(a, ½) = x^a (1 − x)^½ / (a·B(a, ½)) · (1 + O(x)) with a = df/2.
      const a = df / 2;
      tail = 0.5 * Math.exp(a * logX - Math.log(a) - logBeta(a, 0.5));
      center = 0.5 - tail;
      return t > 0
        ? { lower: 0.5 + center, upper: tail, center }
        : { lower: tail, upper: 0.5 + center, center };
    }
    if (s > Math.sqrt(df)) {
      const inv = df / s / s;
      x = inv / (1 + inv);
      y = 1 / (1 + inv);
    } else {
      const r = (s / df) * s;
      x = 1 / (1 + r);
      y = r / (1 + r);
    }
    const beta = incompleteBetaTails(x, y, df / 2, 0.5);
    tail = 0.5 * beta.lower;
    center = 0.5 * beta.upper;
  }
  return t > 0 ? { lower: 0.5 + center, upper: tail, center } : { lower: tail, upper: 0.5 + center, center };
}

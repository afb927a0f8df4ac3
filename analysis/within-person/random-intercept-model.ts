import { tQuantile } from "../distributions/index";
import { longScores } from "./long-scores";
import { randomInterceptReml, type RandomInterceptFit } from "./random-intercept-reml";
import type { IntervalEstimate, PersonWaves, WithinPersonScale } from "./types";

/** Result of {@link randomInterceptModel} for one scale. */
export interface RandomInterceptModel {
  scale: WithinPersonScale;
  /** why no model is reported (fewer than three waves, fewer than k people); null when it is */
  notFittedBecause: string | null;
  /** score = β0 + β1·years + β2·support + β3·years×support + u_person + e */
  fit: RandomInterceptFit | null;
  /** the mean baseline support of the people in the model */
  meanSupport: number | null;
  /** change per year at the mean support, β1 + β3·mean support, with its t interval on the within df */
  slopeAtMeanSupport: (IntervalEstimate & { df: number }) | null;
}

/** β1 + β3·s and its SE from the fit's covariance. */
export function slopeAtSupport(fit: RandomInterceptFit, support: number): IntervalEstimate & { df: number } {
  const [b1, b3] = [fit.coefficients.years!, fit.coefficients["years:support"]!];
  const v = fit.vcov;
  const estimate = b1.estimate + b3.estimate * support;
  const se = Math.sqrt(v[1]![1]! + 2 * support * v[1]![3]! + support * support * v[3]![3]!);
  const half = tQuantile(0.975, b1.df) * se;
  return { estimate, se, df: b1.df, ci95: [estimate - half, estimate + half] };
}

/**
 * The random-intercept growth model of one scale when the linked data hold three or more waves:
 * score = β0 + β1·years since the person's first wave + β2·baseline support + β3·years×support + u + e, fitted
 * by REML ({@link randomInterceptReml}, checked against `nlme::lme(score ~ years * support, random = ~ 1 |
 * person, method = "REML")`), and the change per year at the mean support. Not fitted with fewer than 3 waves
 * (two waves are the ANCOVA's job) or fewer than k people.
 *
 * Cost: that of {@link randomInterceptReml}.
 *
 * @example
 * randomInterceptModel(people, scale, 10).fit?.coefficients["years:support"].estimate;
 */
export function randomInterceptModel(
  people: readonly PersonWaves[],
  scale: WithinPersonScale,
  minCellSize: number,
): RandomInterceptModel {
  const data = longScores(people, scale.id);
  const none = (because: string): RandomInterceptModel => ({
    scale,
    notFittedBecause: because,
    fit: null,
    meanSupport: null,
    slopeAtMeanSupport: null,
  });
  if (data.waves < 3) return none("fewer than three waves");
  const byPerson = new Map<number, number>();
  data.person.forEach((p, r) => byPerson.set(p, data.support[r]!));
  if (byPerson.size < minCellSize) return none(`fewer than ${minCellSize} people`);
  const product = data.years.map((y, r) => y * data.support[r]!);
  const fit = randomInterceptReml(
    data.score,
    { years: data.years, support: data.support, "years:support": product },
    data.person,
  );
  const meanSupport = [...byPerson.values()].reduce((s, v) => s + v, 0) / byPerson.size;
  return {
    scale,
    notFittedBecause: null,
    fit,
    meanSupport,
    slopeAtMeanSupport: slopeAtSupport(fit, meanSupport),
  };
}

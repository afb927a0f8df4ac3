import { assignOneToOne, type AssignedPair } from "./assign-one-to-one";
import { compareWaves, distinctPatterns, MAX_COMPARED_ELEMENTS } from "./compare-waves";
import { estimateMatchParameters } from "./estimate-match-parameters";
import { baselineComparison } from "./baseline-comparison";
import { subgroupRates } from "./subgroup-rates";
import { weightHistogram } from "./weight-histogram";
import type {
  LinkageOptions,
  LinkageRecord,
  LinkageResult,
  MatchParameters,
  ThresholdChoice,
  VerificationFailure,
} from "./types";
import { YEARS_DOWN_TOLERANCE, YEARS_UP_TOLERANCE } from "./verify-link";

export const DEFAULT_TARGET_FALSE_MATCH_RATE = 0.03;
export const FALSE_MATCH_RATE_DEFINITION =
  "The mean of 1 − posterior match probability over the accepted links: the number of false links the EM model " +
  "expects among them, divided by their number. It relies on the model (conditionally independent elements), " +
  "so it is an estimate, checked against known truth by npm run validate:linkage.";

function checkInput(
  earlier: readonly LinkageRecord[],
  later: readonly LinkageRecord[],
  options: LinkageOptions,
): void {
  if (!(Number.isFinite(options.monthsBetween) && options.monthsBetween > 0))
    throw new Error("linkWaves requires monthsBetween to be a positive number of months");
  if (earlier.length === 0 || later.length === 0)
    throw new Error("linkWaves requires at least one record in each wave");
  const length = earlier[0]!.code.length;
  if (length === 0 || length > MAX_COMPARED_ELEMENTS)
    throw new Error(`linkWaves requires 1 to ${MAX_COMPARED_ELEMENTS} code elements per record`);
  for (const [wave, records] of [
    ["earlier", earlier],
    ["later", later],
  ] as const) {
    if (records.some((record) => record.code.length !== length))
      throw new Error(
        `linkWaves requires every code to have the same number of elements (the ${wave} wave differs)`,
      );
    const ids = new Set<string>();
    for (const { id } of records) {
      if (ids.has(id))
        throw new Error(
          `linkWaves requires unique ids within a wave (duplicate "${id}" in the ${wave} wave)`,
        );
      ids.add(id);
    }
  }
  if (options.threshold !== undefined && !Number.isFinite(options.threshold))
    throw new Error("linkWaves requires threshold to be a finite weight in bits");
}

/** The posterior match probability of a pair with total weight W bits: logistic of W·ln 2 + logit(p). */
export function posteriorFromWeight(weight: number, matchProportion: number): number {
  const logOdds = weight * Math.LN2 + Math.log(matchProportion / (1 - matchProportion));
  return 1 / (1 + Math.exp(-logOdds));
}

function patternWeights(
  parameters: MatchParameters,
  patterns: ReturnType<typeof distinctPatterns>,
): Map<number, number> {
  const { elements } = parameters;
  return new Map(
    patterns.map(({ code, states }) => [
      code,
      states.reduce(
        (sum, state, e) =>
          sum +
          (state === "agree"
            ? elements[e]!.agreementWeight
            : state === "disagree"
              ? elements[e]!.disagreementWeight
              : 0),
        0,
      ),
    ]),
  );
}

/** Default threshold: where the posterior crosses 0.5, raised until the estimated false-match rate is ≤ target. */
function chooseThreshold(
  pairs: readonly AssignedPair[],
  p: number,
  target: number,
  given: number | undefined,
): ThresholdChoice {
  const posteriorHalf = Math.log2((1 - p) / p);
  let falseSum = 0;
  let bound: number | null = null;
  for (let index = 0; index < pairs.length; index++) {
    const weight = pairs[index]!.weight;
    falseSum += 1 - posteriorFromWeight(weight, p);
    const lastOfLevel = index === pairs.length - 1 || pairs[index + 1]!.weight < weight;
    if (lastOfLevel && falseSum / (index + 1) <= target) bound = weight;
  }
  const falseMatchRateBound = bound ?? Math.max(posteriorHalf, (pairs[0]?.weight ?? posteriorHalf) + 1);
  const suggested = Math.max(posteriorHalf, falseMatchRateBound);
  return { used: given ?? suggested, suggested, posteriorHalf, falseMatchRateBound };
}

/**
 * Links the responses of a later wave to those of an earlier one by their hashed identification codes
 * (issue 14; decision 057): Fellegi–Sunter weights with m, u and the match proportion estimated by EM from all
 * pairs (estimateMatchParameters), a one-to-one greedy assignment by descending weight in which every link must
 * pass verification (region unchanged, years in support grown by about the time between waves: verifyLink), and
 * a threshold on the total weight (default: where the posterior crosses 0.5, raised until the estimated
 * false-match rate of the accepted links is ≤ 3 %). The report is plain data: weight histogram, links, estimated
 * false-match rate and missed pairs, rejections by reason, linkage rate by subgroup (cells < 5 suppressed) and
 * matched-versus-unmatched baseline comparison, in the order (and with the labels) options.groupOrder and
 * options.baselineLabels give, else alphabetically.
 *
 * Cost: O(n₁·n₂·k) time and O(n₁·n₂) memory; 800 × 800 with 8 elements takes well under a second.
 *
 * @throws Error "linkWaves requires monthsBetween to be a positive number of months" (also: empty wave, codes of
 *   different lengths, duplicate ids, a non-finite threshold)
 * @example
 * const result = linkWaves(wave1Records, wave2Records, { monthsBetween: 6 });
 * result.links; // [{ earlierId, laterId, weight, posterior }, …]
 */
export function linkWaves(
  earlier: readonly LinkageRecord[],
  later: readonly LinkageRecord[],
  options: LinkageOptions,
): LinkageResult {
  checkInput(earlier, later, options);
  const comparison = compareWaves(earlier, later);
  const patterns = distinctPatterns(comparison);
  const startProportion = (0.5 * Math.min(earlier.length, later.length)) / (earlier.length * later.length);
  const parameters = estimateMatchParameters(patterns, { matchProportion: Math.min(0.5, startProportion) });
  const p = parameters.matchProportion;
  const weights = patternWeights(parameters, patterns);
  const rule = {
    monthsBetween: options.monthsBetween,
    yearsDownTolerance: options.yearsDownTolerance ?? YEARS_DOWN_TOLERANCE,
    yearsUpTolerance: options.yearsUpTolerance ?? YEARS_UP_TOLERANCE,
  };
  const recordFrom = Math.log2(0.01 / 0.99) - Math.log2(p / (1 - p));
  const assignment = assignOneToOne(comparison, weights, { earlier, later }, rule, recordFrom);
  const target = options.targetFalseMatchRate ?? DEFAULT_TARGET_FALSE_MATCH_RATE;
  const threshold = chooseThreshold(assignment.pairs, p, target, options.threshold);
  return report(earlier, later, { parameters, assignment, threshold, options });
}

function report(
  earlier: readonly LinkageRecord[],
  later: readonly LinkageRecord[],
  {
    parameters,
    assignment,
    threshold,
    options,
  }: {
    parameters: MatchParameters;
    assignment: ReturnType<typeof assignOneToOne>;
    threshold: ThresholdChoice;
    options: LinkageOptions;
  },
): LinkageResult {
  const p = parameters.matchProportion;
  const links = assignment.pairs
    .filter((pair) => pair.weight >= threshold.used)
    .map((pair) => ({
      earlierId: earlier[pair.earlier]!.id,
      laterId: later[pair.later]!.id,
      weight: pair.weight,
      posterior: posteriorFromWeight(pair.weight, p),
    }));
  const expectedTrue = links.reduce((sum, link) => sum + link.posterior, 0);
  const estimatedTruePairs = p * earlier.length * later.length;
  const rejected: Record<VerificationFailure, number> = {
    "region differs": 0,
    "years in support went down": 0,
    "years in support grew too much": 0,
  };
  for (const { weight, reason } of assignment.rejected) if (weight >= threshold.used) rejected[reason]++;
  const linked = new Set(links.map((link) => link.earlierId));
  return {
    links,
    parameters,
    threshold,
    assignedPairs: assignment.pairs.length,
    histogram: weightHistogram(
      assignment.pairs.map((pair) => pair.weight),
      threshold.used,
    ),
    falseMatchRate: {
      estimate: links.length > 0 ? 1 - expectedTrue / links.length : null,
      definition: FALSE_MATCH_RATE_DEFINITION,
    },
    estimatedTruePairs,
    estimatedMissedPairs: Math.max(0, estimatedTruePairs - expectedTrue),
    rejected,
    earlierLinkageRate: links.length / earlier.length,
    bySubgroup: subgroupRates(earlier, linked, options.groupOrder),
    baseline: baselineComparison(earlier, linked, options.baselineLabels),
  };
}

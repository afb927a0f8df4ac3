// Computes every careless-responding index for the responses to one instrument version. Pure: the
// definition, the parsed responses and the cut-offs in, one row of index values and flags per response out.
import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import type { Presentation } from "../../instrument/presentation-order";
import { answerFields } from "../../instrument/traversal";
import { askedItemsMahalanobis } from "./asked-items-mahalanobis";
import { CARELESS_INDEX_IDS, type CarelessIndexId, type CarelessThresholds } from "./careless-thresholds";
import { evenOddConsistency, type EvenOddResult } from "./even-odd-consistency";
import { failedAttentionChecks } from "./failed-attention-checks";
import { irv } from "./irv";
import { type MatrixLongstring, matrixLongstrings, overallLongstring } from "./response-longstrings";
import { evenOddColumns, ratingCode } from "./rating-columns";
import { speeders } from "./speeders";

export type { MatrixLongstring } from "./response-longstrings";

export type QualityInput = {
  id: string;
  answers: Answers;
  presentation: Presentation;
  durationSeconds: number | null;
  completion: string;
  flags: string[];
};

export type ResponseQuality = {
  id: string;
  durationSeconds: number | null;
  longstring: { overall: number; matrices: MatrixLongstring[] };
  irv: number | null;
  evenOdd: number | null;
  mahalanobis: { d2: number; p: number } | null;
  failedChecks: string[];
  automatedFlags: string[];
  flagged: CarelessIndexId[];
};

export type VersionQuality = {
  responses: ResponseQuality[];
  speeder: { median: number | null; cutoff: number | null };
  mahalanobis: { k: number; completeRows: number; criticalP: number; problem: string | null };
  evenOddScales: number;
};

/** The sample-based indices of one version, one entry per input where the index is per response. */
function sampleIndices(definition: InstrumentDefinition, inputs: QualityInput[], cut: CarelessThresholds) {
  const fields = answerFields(definition);
  const rating = fields.filter(
    (field) => (field.item.type === "matrix" || field.item.type === "likert") && !field.attentionCheck,
  );
  const checks = fields.flatMap((field) =>
    field.attentionCheck ? [{ id: field.id, expected: field.attentionCheck.expected }] : [],
  );
  const answers = inputs.map((input) => input.answers);
  const evenOdd = evenOddColumns(definition, fields);
  const longMatrices = definition.pages
    .flatMap((page) => page.items)
    .filter((item) => item.type === "matrix" && item.rows.length >= cut.longstringMinMatrixRows);
  return {
    speed: speeders(
      inputs.map((input) => (input.completion === "complete" ? input.durationSeconds : null)),
      cut.speederMedianFraction,
    ),
    irvs: irv(answers.map((row) => rating.map((field) => ratingCode(field, row[field.id])))),
    evenOddScales: evenOdd?.factors.length ?? 0,
    consistencies: evenOdd
      ? evenOddConsistency(
          answers.map((row) => evenOdd.columns.map((column) => column(row))),
          evenOdd.factors,
        )
      : null,
    mahalanobis: askedItemsMahalanobis(rating, answers, cut.mahalanobisAlpha),
    failed: failedAttentionChecks(answers, checks),
    straightLinedNeeded: Math.min(cut.longstringMinMatrices, longMatrices.length),
  };
}

/** Which indices flag one response under the cut-offs, in {@link CARELESS_INDEX_IDS} order. */
function flaggedBy(
  quality: Omit<ResponseQuality, "flagged">,
  speeder: boolean,
  straightLinedNeeded: number,
  cut: CarelessThresholds,
): CarelessIndexId[] {
  const straightLined = quality.longstring.matrices.filter(
    (m) => m.rows >= cut.longstringMinMatrixRows && m.longest === m.rows,
  ).length;
  const flags: Record<CarelessIndexId, boolean> = {
    speeder,
    longstring: straightLinedNeeded > 0 && straightLined >= straightLinedNeeded,
    irv: quality.irv !== null && quality.irv < cut.irvMin,
    "even-odd": quality.evenOdd !== null && quality.evenOdd < cut.evenOddMin,
    mahalanobis: quality.mahalanobis !== null && quality.mahalanobis.p < cut.mahalanobisAlpha,
    attention: quality.failedChecks.length > 0,
    automated: quality.automatedFlags.length > 0,
  };
  return CARELESS_INDEX_IDS.filter((id) => flags[id]);
}

const evenOddValue = (result: EvenOddResult | undefined, cut: CarelessThresholds) =>
  result && result.pairs >= cut.evenOddMinScales ? result.consistency : null;

/**
 * Every index for the responses to one instrument version, and the flags the cut-offs give. Sample-based
 * indices (the speeder median, Mahalanobis mean and covariance) are estimated within the version, since
 * versions can differ in length and items.
 *
 * Cost: O(n × r) for n responses and r rating items, plus the Mahalanobis screen's O(n × r² + r³).
 *
 * @param thresholds the cut-offs (the lab's: app/surveys/quality-rules.ts, decision 009)
 */
export function versionQuality(
  definition: InstrumentDefinition,
  inputs: QualityInput[],
  thresholds: CarelessThresholds,
): VersionQuality {
  const sample = sampleIndices(definition, inputs, thresholds);
  const { values: distances, ...mahalanobis } = sample.mahalanobis;
  const responses = inputs.map((input, index): ResponseQuality => {
    const quality = {
      id: input.id,
      durationSeconds: input.durationSeconds,
      longstring: {
        overall: overallLongstring(definition, input),
        matrices: matrixLongstrings(definition, input),
      },
      irv: sample.irvs[index] ?? null,
      evenOdd: evenOddValue(sample.consistencies?.[index], thresholds),
      mahalanobis: distances[index] ?? null,
      failedChecks: sample.failed[index] ?? [],
      automatedFlags: input.flags,
    };
    const speeder = sample.speed.flagged[index] === true;
    return { ...quality, flagged: flaggedBy(quality, speeder, sample.straightLinedNeeded, thresholds) };
  });
  return {
    responses,
    speeder: { median: sample.speed.median, cutoff: sample.speed.cutoff },
    mahalanobis,
    evenOddScales: sample.evenOddScales,
  };
}

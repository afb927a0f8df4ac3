// Computes every careless-responding index for the responses to one instrument version. Pure: the
// definition and the parsed responses in, one row of index values and flags per response out.
import { evenOddConsistency } from "../../analysis/careless/even-odd-consistency";
import { failedAttentionChecks } from "../../analysis/careless/failed-attention-checks";
import { irv } from "../../analysis/careless/irv";
import { longstring } from "../../analysis/careless/longstring";
import { mahalanobisDistance } from "../../analysis/careless/mahalanobis-distance";
import { speeders } from "../../analysis/careless/speeders";
import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { orderedItems, orderedRows, type Presentation } from "../../instrument/presentation-order";
import { answerFields, type AnswerField } from "../../instrument/traversal";
import * as rules from "./quality-rules";
import type { QualityIndexId } from "./quality-rules";
import { evenOddColumns, ratingCode } from "./rating-columns";

export type QualityInput = {
  id: string;
  answers: Answers;
  presentation: Presentation;
  durationSeconds: number | null;
  completion: string;
  flags: string[];
};

export type MatrixLongstring = { matrixId: string; rows: number; longest: number };

export type ResponseQuality = {
  id: string;
  durationSeconds: number | null;
  longstring: { overall: number; matrices: MatrixLongstring[] };
  irv: number | null;
  evenOdd: number | null;
  mahalanobis: { d2: number; p: number } | null;
  failedChecks: string[];
  automatedFlags: string[];
  flagged: QualityIndexId[];
};

export type VersionQuality = {
  responses: ResponseQuality[];
  speeder: { median: number | null; cutoff: number | null };
  mahalanobis: { k: number; completeRows: number; criticalP: number; problem: string | null };
  evenOddScales: number;
};

const rawCode = (answers: Answers, id: string): number | null => {
  const value = answers[id];
  return typeof value === "number" ? value : null;
};

/** Per matrix: the longest identical-answer string over its rows in the order this respondent saw them. */
function matrixLongstrings(definition: InstrumentDefinition, input: QualityInput): MatrixLongstring[] {
  return definition.pages.flatMap((page) =>
    page.items.flatMap((item) => {
      if (item.type !== "matrix" || !item.rows.some((row) => Object.hasOwn(input.answers, row.id))) return [];
      const codes = orderedRows(item, input.presentation).map((row) => rawCode(input.answers, row.id));
      return [{ matrixId: item.id, rows: item.rows.length, longest: longstring([codes])[0] ?? 0 }];
    }),
  );
}

/** Over every matrix row and Likert item the respondent saw, pages in order, items and rows as shown. */
function overallLongstring(definition: InstrumentDefinition, input: QualityInput): number {
  const codes: (number | null)[] = [];
  for (const page of definition.pages) {
    for (const item of orderedItems(page, input.presentation)) {
      const ids =
        item.type === "matrix"
          ? orderedRows(item, input.presentation).map((row) => row.id)
          : item.type === "likert"
            ? [item.id]
            : [];
      for (const id of ids) if (Object.hasOwn(input.answers, id)) codes.push(rawCode(input.answers, id));
    }
  }
  return longstring([codes])[0] ?? 0;
}

function mahalanobisFor(fields: AnswerField[], inputs: QualityInput[]) {
  // Only items every respondent is asked (no page or item condition), so complete cases are possible.
  const asked = fields.filter((field) => !field.page.showIf && !field.item.showIf);
  const criticalP = rules.MAHALANOBIS_ALPHA;
  if (asked.length < 2)
    return {
      k: asked.length,
      completeRows: 0,
      criticalP,
      problem: "fewer than two rating items are asked of everyone",
      values: [],
    };
  try {
    const result = mahalanobisDistance(
      inputs.map((input) => asked.map((field) => ratingCode(field, input.answers[field.id]))),
    );
    const values = result.d2.map((d2, index) => (d2 === null ? null : { d2, p: result.p[index]! }));
    return { k: result.k, completeRows: result.completeRows, criticalP, problem: null, values };
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/^mahalanobisDistance requires /, "needs ")
        : String(error);
    return { k: asked.length, completeRows: 0, criticalP, problem: message, values: [] };
  }
}

/**
 * Every index for the responses to one instrument version. Sample-based indices (the speeder median,
 * Mahalanobis mean and covariance) are estimated within the version, since versions can differ in length
 * and items.
 */
export function versionQuality(definition: InstrumentDefinition, inputs: QualityInput[]): VersionQuality {
  const fields = answerFields(definition);
  const rating = fields.filter(
    (field) => (field.item.type === "matrix" || field.item.type === "likert") && !field.attentionCheck,
  );
  const checks = fields.flatMap((field) =>
    field.attentionCheck ? [{ id: field.id, expected: field.attentionCheck.expected }] : [],
  );

  const speed = speeders(
    inputs.map((input) => (input.completion === "complete" ? input.durationSeconds : null)),
    rules.SPEEDER_MEDIAN_FRACTION,
  );
  const irvs = irv(inputs.map((input) => rating.map((field) => ratingCode(field, input.answers[field.id]))));
  const evenOdd = evenOddColumns(definition, fields);
  const consistencies = evenOdd
    ? evenOddConsistency(
        inputs.map((input) => evenOdd.columns.map((column) => column(input.answers))),
        evenOdd.factors,
      )
    : null;
  const { values: distances, ...mahalanobis } = mahalanobisFor(rating, inputs);
  const failed = failedAttentionChecks(
    inputs.map((input) => input.answers),
    checks,
  );
  const longMatrices = definition.pages
    .flatMap((page) => page.items)
    .filter((item) => item.type === "matrix" && item.rows.length >= rules.LONGSTRING_MIN_MATRIX_ROWS);
  const straightLinedNeeded = Math.min(rules.LONGSTRING_MIN_MATRICES, longMatrices.length);

  const responses = inputs.map((input, index): ResponseQuality => {
    const matrices = matrixLongstrings(definition, input);
    const eo = consistencies?.[index];
    const quality = {
      id: input.id,
      durationSeconds: input.durationSeconds,
      longstring: { overall: overallLongstring(definition, input), matrices },
      irv: irvs[index] ?? null,
      evenOdd: eo && eo.pairs >= rules.EVEN_ODD_MIN_SCALES ? eo.consistency : null,
      mahalanobis: distances[index] ?? null,
      failedChecks: failed[index] ?? [],
      automatedFlags: input.flags,
    };
    const flags: Record<QualityIndexId, boolean> = {
      speeder: speed.flagged[index] === true,
      longstring:
        straightLinedNeeded > 0 &&
        matrices.filter((m) => m.rows >= rules.LONGSTRING_MIN_MATRIX_ROWS && m.longest === m.rows).length >=
          straightLinedNeeded,
      irv: quality.irv !== null && quality.irv < rules.IRV_MIN,
      "even-odd": quality.evenOdd !== null && quality.evenOdd < rules.EVEN_ODD_MIN,
      mahalanobis: quality.mahalanobis !== null && quality.mahalanobis.p < rules.MAHALANOBIS_ALPHA,
      attention: quality.failedChecks.length > 0,
      automated: quality.automatedFlags.length > 0,
    };
    return { ...quality, flagged: rules.QUALITY_INDEX_IDS.filter((id) => flags[id]) };
  });
  return {
    responses,
    speeder: { median: speed.median, cutoff: speed.cutoff },
    mahalanobis,
    evenOddScales: evenOdd?.factors.length ?? 0,
  };
}

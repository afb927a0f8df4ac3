import type { Answers } from "../../instrument/answers";
import type { AnswerField } from "../../instrument/traversal";
import { mahalanobisDistance } from "./mahalanobis-distance";
import { ratingCode } from "./rating-columns";

/** The Mahalanobis screen of one version: its inputs, why it could not run (or null), and one value a response. */
export interface AskedItemsMahalanobis {
  k: number;
  completeRows: number;
  criticalP: number;
  problem: string | null;
  values: ({ d2: number; p: number } | null)[];
}

/**
 * Mahalanobis D² of each response over the rating items every respondent is asked (no page or item
 * condition), so that complete cases are possible; null for a response with a missing answer. When the
 * screen cannot run (fewer than two such items, too few complete rows, a singular covariance) `problem`
 * says why in words and `values` is empty.
 *
 * Cost: that of {@link mahalanobisDistance}.
 *
 * @param criticalP the α the caller flags by, carried into the result for the methods text
 */
export function askedItemsMahalanobis(
  rating: readonly AnswerField[],
  answers: readonly Answers[],
  criticalP: number,
): AskedItemsMahalanobis {
  const asked = rating.filter((field) => !field.page.showIf && !field.item.showIf);
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
      answers.map((row) => asked.map((field) => ratingCode(field, row[field.id]))),
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

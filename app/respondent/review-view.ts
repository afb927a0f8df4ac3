import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { answerFields } from "../../instrument/traversal";
import { isItemVisible, visiblePages } from "../../instrument/visibility";
import { pageTexts } from "../../instrument/wording";
import { fieldAnswer, fieldQuestion } from "~/surveys/answer-text";

export type ReviewSection = {
  pageId: string;
  title: string;
  entries: { id: string; question: string; answer: string | null }[];
};

/** The respondent's answers, page by page, as text they can check before sending. */
export function buildReview(
  definition: InstrumentDefinition,
  answers: Answers,
  language: string,
): ReviewSection[] {
  const fields = answerFields(definition);
  return visiblePages(definition, answers).map((page) => ({
    pageId: page.id,
    title: localize(pageTexts(page, answers).title, language),
    entries: fields
      .filter((field) => field.page === page && isItemVisible(field.item, answers))
      .map((field) => ({
        id: field.id,
        question: fieldQuestion(field, answers, language),
        answer: fieldAnswer(field, answers[field.id], language),
      })),
  }));
}

import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { codeElement } from "../../instrument/identification-code-elements";
import type { IdentificationCodeItem } from "../../instrument/items";
import { localize } from "../../instrument/localized-text";
import { answerFields } from "../../instrument/traversal";
import { isItemVisible, visiblePages } from "../../instrument/visibility";
import { pageTexts } from "../../instrument/wording";
import { fieldAnswer, fieldQuestion } from "~/surveys/answer-text";

type ReviewEntry = { id: string; question: string; answer: string | null };

export type ReviewSection = { pageId: string; title: string; entries: ReviewEntry[] };

/** The stored hashes of the identification code and the words that stand in for them. */
export type ReviewCode = {
  stored: Record<string, string | null>;
  given: string;
  dontKnow: string;
};

/** Each code element as "Given" or "I don't know": the answer itself was never kept, so it cannot be shown. */
function codeEntries(item: IdentificationCodeItem, code: ReviewCode, language: string): ReviewEntry[] {
  return item.elements.map((id) => {
    const stored = code.stored[id];
    return {
      id: `${item.id}.${id}`,
      question: localize(codeElement(id).prompt, language),
      answer: stored === undefined ? null : stored === null ? code.dontKnow : code.given,
    };
  });
}

/** The respondent's answers, page by page, as text they can check before sending. */
export function buildReview(
  definition: InstrumentDefinition,
  answers: Answers,
  language: string,
  code: ReviewCode = { stored: {}, given: "", dontKnow: "" },
): ReviewSection[] {
  const fields = answerFields(definition);
  return visiblePages(definition, answers).map((page) => ({
    pageId: page.id,
    title: localize(pageTexts(page, answers).title, language),
    entries: page.items
      .filter((item) => isItemVisible(item, answers))
      .flatMap((item) =>
        item.type === "identificationCode"
          ? codeEntries(item, code, language)
          : fields
              .filter((field) => field.item === item)
              .map((field) => ({
                id: field.id,
                question: fieldQuestion(field, answers, language),
                answer: fieldAnswer(field, answers[field.id], language),
              })),
      ),
  }));
}

import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { answerFields } from "../../instrument/traversal";
import { isItemVisible, visiblePages } from "../../instrument/visibility";
import { fieldTexts, pageTexts } from "../../instrument/wording";

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
      .map((field) => {
        const value = answers[field.id];
        const labelOf = (code: number) => {
          const option = field.options?.find((candidate) => candidate.code === code);
          return option ? localize(option.label, language) : String(code);
        };
        let answer: string | null = null;
        if (Array.isArray(value)) answer = value.map(labelOf).join("; ");
        else if (typeof value === "number") {
          const unit =
            field.item.type === "numeric" && field.item.unit ? ` ${localize(field.item.unit, language)}` : "";
          answer = field.options ? labelOf(value) : `${value}${unit}`;
        } else if (typeof value === "string") answer = value;
        const { stem, text } = fieldTexts(field, answers);
        const question = stem
          ? `${localize(stem, language)} ${localize(text, language)}`
          : localize(text, language);
        return { id: field.id, question, answer };
      }),
  }));
}

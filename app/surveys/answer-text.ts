// One answer as words: the question as the respondent read it and the option labels they chose. Shared by
// the respondent's review page and the lab's response view, so both say the same thing about an answer.
import type { AnswerValue, Answers } from "../../instrument/answers";
import { localize } from "../../instrument/localized-text";
import type { AnswerField } from "../../instrument/traversal";
import { fieldTexts } from "../../instrument/wording";

/** The question of an answer field in the wording these answers were given (decision 038); a matrix row reads "stem row". */
export function fieldQuestion(field: AnswerField, answers: Answers, language: string): string {
  const { stem, text } = fieldTexts(field, answers);
  return stem ? `${localize(stem, language)} ${localize(text, language)}` : localize(text, language);
}

/** The stored answer in words (option labels, a number with its unit, the text), or null when there is none. */
export function fieldAnswer(
  field: AnswerField,
  value: AnswerValue | undefined,
  language: string,
): string | null {
  const labelOf = (code: number) => {
    const option = field.options?.find((candidate) => candidate.code === code);
    return option ? localize(option.label, language) : String(code);
  };
  if (Array.isArray(value)) return value.map(labelOf).join("; ");
  if (typeof value === "number") {
    const unit =
      field.item.type === "numeric" && field.item.unit ? ` ${localize(field.item.unit, language)}` : "";
    // The decimal sign of the language ("4,5" in Spanish); no grouping, so a year or a count reads as typed.
    const number = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 10 }).format(
      value,
    );
    return field.options ? labelOf(value) : `${number}${unit}`;
  }
  if (typeof value === "string") return value;
  return null;
}

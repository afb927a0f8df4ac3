import { z } from "zod";
import type { Answers } from "./answers";
import { type Condition, conditionSchema, evaluateCondition } from "./conditions";
import { localizedTextSchema, type LocalizedText } from "./localized-text";
import type { AnswerField } from "./traversal";

/**
 * Wording variants: the same question (same variable, same codes) worded for a group the
 * earlier answers identify, e.g. past tense for people who have left support work. The
 * first variant whose condition holds replaces the texts it gives; the rest stay as they are.
 * Conditions read earlier pages only, so a page is worded before it is shown, without JavaScript.
 */
export const itemWordingSchema = z.strictObject({
  when: conditionSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  minLabel: localizedTextSchema.optional(),
  maxLabel: localizedTextSchema.optional(),
});
export type ItemWording = z.infer<typeof itemWordingSchema>;

export const rowWordingSchema = z.strictObject({ when: conditionSchema, text: localizedTextSchema });

export const pageWordingSchema = z.strictObject({
  when: conditionSchema,
  title: localizedTextSchema.optional(),
  intro: localizedTextSchema.optional(),
});

type Worded = { when: Condition };

/** The variant that applies to these answers, or undefined for the item's own wording. */
export function wordingFor<T extends Worded>(
  variants: readonly T[] | undefined,
  answers: Answers,
): T | undefined {
  return variants?.find((variant) => evaluateCondition(variant.when, answers));
}

type WordedTexts = {
  text: LocalizedText;
  help?: LocalizedText | undefined;
  minLabel?: LocalizedText | undefined;
  maxLabel?: LocalizedText | undefined;
};

/** An item's texts as this respondent sees them (labels only for items that have them). */
export function itemTexts(item: WordedTexts & { wordings?: ItemWording[] }, answers: Answers): WordedTexts {
  const own: WordedTexts = {
    text: item.text,
    help: item.help,
    minLabel: "minLabel" in item ? item.minLabel : undefined,
    maxLabel: "maxLabel" in item ? item.maxLabel : undefined,
  };
  const variant = wordingFor(item.wordings, answers);
  if (!variant) return own;
  return {
    text: variant.text,
    help: variant.help ?? own.help,
    minLabel: variant.minLabel ?? own.minLabel,
    maxLabel: variant.maxLabel ?? own.maxLabel,
  };
}

export function rowText(
  row: { text: LocalizedText; wordings?: { when: Condition; text: LocalizedText }[] },
  answers: Answers,
): LocalizedText {
  return wordingFor(row.wordings, answers)?.text ?? row.text;
}

export function pageTexts(
  page: {
    title: LocalizedText;
    intro?: LocalizedText;
    wordings?: { when: Condition; title?: LocalizedText; intro?: LocalizedText }[];
  },
  answers: Answers,
): { title: LocalizedText; intro: LocalizedText | undefined } {
  const variant = wordingFor(page.wordings, answers);
  return { title: variant?.title ?? page.title, intro: variant?.intro ?? page.intro };
}

/** A stored variable's question as this respondent saw it: the matrix's worded stem and the row's worded text. */
export function fieldTexts(
  field: Pick<AnswerField, "id" | "item" | "stem" | "text">,
  answers: Answers,
): { stem: LocalizedText | null; text: LocalizedText } {
  const { item } = field;
  if (item.type !== "matrix") return { stem: null, text: itemTexts(item, answers).text };
  const row = item.rows.find((candidate) => candidate.id === field.id);
  return { stem: itemTexts(item, answers).text, text: row ? rowText(row, answers) : field.text };
}

import type { InstrumentDefinition, Page } from "./definition-schema";
import type { AnswerItem, IdentificationCodeItem, Item, Option } from "./items";
import type { LocalizedText } from "./localized-text";

/**
 * One stored variable: an item, or one row of a matrix. Everything that needs "the list
 * of questions" (validation, scoring, codebook, exports) derives it from here.
 */
export type AnswerField = {
  id: string;
  item: AnswerItem;
  page: Page;
  pageIndex: number;
  /** The matrix's shared question for a row, or the item's own text. */
  stem: LocalizedText | null;
  text: LocalizedText;
  /** Resolved options for choice-like fields (from the item or its answer scale). */
  options: Option[] | null;
  attentionCheck: { expected: number } | null;
};

export function itemOptions(
  definition: Pick<InstrumentDefinition, "answerScales">,
  item: Item,
): Option[] | null {
  switch (item.type) {
    case "single":
    case "multiple":
      return item.options;
    case "likert":
    case "matrix":
      return definition.answerScales[item.scale]?.options ?? null;
    case "consent":
      return [{ code: 1, label: item.agreeLabel, missingForScoring: false, fixedPosition: true }];
    default:
      return null;
  }
}

export const isAnswerItem = (item: Item): item is AnswerItem => item.type !== "identificationCode";

/** The definition's identification-code item and its page, if it asks for one (at most one; definition-checks.ts). */
export function identificationCodeItem(
  definition: InstrumentDefinition,
): { item: IdentificationCodeItem; page: Page } | null {
  for (const page of definition.pages)
    for (const item of page.items) if (item.type === "identificationCode") return { item, page };
  return null;
}

/**
 * The stored variables. The identification-code item is none of them: its answers are kept only as keyed
 * hashes outside `answers` (decision 059), so nothing derived from this list (codebook columns, exports,
 * analysis) can carry them.
 */
export function answerFields(definition: InstrumentDefinition): AnswerField[] {
  return definition.pages.flatMap((page, pageIndex) =>
    page.items.filter(isAnswerItem).flatMap((item): AnswerField[] => {
      const options = itemOptions(definition, item);
      if (item.type === "matrix") {
        return item.rows.map((row) => ({
          id: row.id,
          item,
          page,
          pageIndex,
          stem: item.text,
          text: row.text,
          options,
          attentionCheck: row.attentionCheck ?? null,
        }));
      }
      const attentionCheck = "attentionCheck" in item ? (item.attentionCheck ?? null) : null;
      return [{ id: item.id, item, page, pageIndex, stem: null, text: item.text, options, attentionCheck }];
    }),
  );
}

export function fieldsById(definition: InstrumentDefinition): Map<string, AnswerField> {
  return new Map(answerFields(definition).map((field) => [field.id, field]));
}

import type { InstrumentDefinition, Page } from "./definition-schema";
import type { Item, Option } from "./items";
import type { LocalizedText } from "./localized-text";

/**
 * One stored variable: an item, or one row of a matrix. Everything that needs "the list
 * of questions" (validation, scoring, codebook, exports) derives it from here.
 */
export type AnswerField = {
  id: string;
  item: Item;
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

export function answerFields(definition: InstrumentDefinition): AnswerField[] {
  return definition.pages.flatMap((page, pageIndex) =>
    page.items.flatMap((item): AnswerField[] => {
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

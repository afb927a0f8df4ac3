import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { orderedItems, orderedRows, type Presentation } from "../../instrument/presentation-order";
import { longstring } from "./longstring";

/** One matrix's rows and the longest identical-answer string a respondent gave over them. */
export type MatrixLongstring = { matrixId: string; rows: number; longest: number };

/** What a longstring needs of one response: its answers and the order it was shown things in. */
export type PresentedAnswers = { answers: Answers; presentation: Presentation };

const rawCode = (answers: Answers, id: string): number | null => {
  const value = answers[id];
  return typeof value === "number" ? value : null;
};

/**
 * Per matrix the respondent answered: the longest identical-answer string over its rows in the order this
 * respondent saw them.
 *
 * Cost: O(rows of the instrument).
 */
export function matrixLongstrings(
  definition: InstrumentDefinition,
  input: PresentedAnswers,
): MatrixLongstring[] {
  return definition.pages.flatMap((page) =>
    page.items.flatMap((item) => {
      if (item.type !== "matrix" || !item.rows.some((row) => Object.hasOwn(input.answers, row.id))) return [];
      const codes = orderedRows(item, input.presentation).map((row) => rawCode(input.answers, row.id));
      return [{ matrixId: item.id, rows: item.rows.length, longest: longstring([codes])[0] ?? 0 }];
    }),
  );
}

/**
 * The longest identical-answer string over every matrix row and Likert item the respondent saw, pages in
 * order, items and rows as shown.
 *
 * Cost: O(rows of the instrument).
 */
export function overallLongstring(definition: InstrumentDefinition, input: PresentedAnswers): number {
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

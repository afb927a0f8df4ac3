import type { InstrumentDefinition, Page } from "./definition-schema";
import type { Item, MatrixRow, Option } from "./items";

/**
 * The order one respondent saw things in, for everything the definition randomises.
 * It is stored with the response so order effects can be analysed.
 */
export type Presentation = {
  items: Record<string, string[]>;
  options: Record<string, number[]>;
  rows: Record<string, string[]>;
};

export const EMPTY_PRESENTATION: Presentation = { items: {}, options: {}, rows: {} };

/** Fisher–Yates with an injected source of uniform numbers in [0, 1). */
function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const result = [...values];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Shuffles movable options while "Other" / "Prefer not to say" keep their positions. */
function shuffledOptionCodes(options: readonly Option[], random: () => number): number[] {
  const movable = shuffled(
    options.filter((option) => !option.fixedPosition).map((option) => option.code),
    random,
  );
  return options.map((option) => (option.fixedPosition ? option.code : (movable.shift() as number)));
}

export function createPresentation(definition: InstrumentDefinition, random: () => number): Presentation {
  const presentation: Presentation = { items: {}, options: {}, rows: {} };
  for (const page of definition.pages) {
    if (page.randomizeItems)
      presentation.items[page.id] = shuffled(
        page.items.map((item) => item.id),
        random,
      );
    for (const item of page.items) {
      if ((item.type === "single" || item.type === "multiple") && item.randomizeOptions) {
        presentation.options[item.id] = shuffledOptionCodes(item.options, random);
      }
      if (item.type === "matrix" && item.randomizeRows) {
        presentation.rows[item.id] = shuffled(
          item.rows.map((row) => row.id),
          random,
        );
      }
    }
  }
  return presentation;
}

function inStoredOrder<T>(
  values: readonly T[],
  key: (value: T) => string | number,
  order: readonly (string | number)[] | undefined,
): T[] {
  if (!order) return [...values];
  const position = new Map(order.map((id, index) => [id, index]));
  // Anything the stored order does not know (it should not happen) goes last, in definition order.
  return [...values].sort((a, b) => (position.get(key(a)) ?? Infinity) - (position.get(key(b)) ?? Infinity));
}

export function orderedItems(page: Page, presentation: Presentation): Item[] {
  return inStoredOrder(page.items, (item) => item.id, presentation.items[page.id]);
}

export function orderedOptions(item: Item, options: readonly Option[], presentation: Presentation): Option[] {
  return inStoredOrder(options, (option) => option.code, presentation.options[item.id]);
}

export function orderedRows(
  item: Extract<Item, { type: "matrix" }>,
  presentation: Presentation,
): MatrixRow[] {
  return inStoredOrder(item.rows, (row) => row.id, presentation.rows[item.id]);
}

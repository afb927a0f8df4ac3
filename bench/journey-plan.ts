import type { Answers } from "../instrument/answers";
import { evaluateCondition } from "../instrument/conditions";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import { codeUnknownName } from "../instrument/identification-code-answers";
import type { Item } from "../instrument/items";
import { itemOptions } from "../instrument/traversal";
import { visibleItems, visiblePages } from "../instrument/visibility";

/** One page of a scripted respondent's journey: its id and the form fields it posts. */
export type PlannedPage = { pageId: string; fields: [string, string][] };

function firstCode(definition: InstrumentDefinition, item: Item): number {
  const options = itemOptions(definition, item) ?? [];
  const exclusive = item.type === "multiple" ? item.exclusiveCodes : [];
  const code = (options.find((option) => !exclusive.includes(option.code)) ?? options[0])?.code;
  if (code === undefined) throw new Error(`${item.id} has no options`);
  return code;
}

function answer(
  definition: InstrumentDefinition,
  item: Item,
  text: string | undefined,
): [string, number | string][] {
  switch (item.type) {
    case "consent":
      return [[item.id, 1]];
    case "single":
    case "likert":
    case "multiple":
      return [[item.id, firstCode(definition, item)]];
    case "matrix":
      return item.rows.map((row) => [row.id, firstCode(definition, item)]);
    case "numeric":
      return [[item.id, item.min]];
    case "text":
      return text === undefined && !item.required
        ? []
        : [[item.id, (text ?? "n/a").slice(0, item.maxLength)]];
    case "identificationCode":
      return item.elements.map((element) => [codeUnknownName(item.id, element), "1"]);
  }
}

/**
 * The pages a hurried respondent walks through — the first listed option everywhere, the
 * smallest number, free text only where given — with the form fields each page posts.
 * `text` fills every free-text item (e.g. a unique marker a test looks for afterwards).
 * Throws when such a respondent would be screened out.
 */
export function planJourney(
  definition: InstrumentDefinition,
  options: { text?: string } = {},
): PlannedPage[] {
  const answers: Answers = {};
  const plan: PlannedPage[] = [];
  for (let index = 0; ; index++) {
    const page = visiblePages(definition, answers)[index];
    if (!page) return plan;
    const fields: [string, string][] = [];
    for (const item of visibleItems(page, answers)) {
      for (const [name, value] of answer(definition, item, options.text)) {
        answers[name] = value;
        fields.push([name, String(value)]);
      }
    }
    if (page.screenOut && !evaluateCondition(page.screenOut.unless, answers)) {
      throw new Error(`The first-option respondent is screened out on page ${page.id}`);
    }
    plan.push({ pageId: page.id, fields });
  }
}

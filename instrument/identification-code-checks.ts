import type { z } from "zod";
import { type Condition, conditionItemIds } from "./conditions";
import type { definitionObjectSchema } from "./definition-schema";

type Definition = z.output<typeof definitionObjectSchema>;
type Report = (message: string, path: (string | number)[]) => void;

/** Every condition of the definition with its path: pages' and items' showIf, screen-outs and wordings. */
function conditionsOf(definition: Definition): { condition: Condition; path: (string | number)[] }[] {
  const wordings = (list: { when: Condition }[] | undefined, path: (string | number)[]) =>
    (list ?? []).map((wording, w) => ({ condition: wording.when, path: [...path, "wordings", w, "when"] }));
  return definition.pages.flatMap((page, p) => [
    ...(page.showIf ? [{ condition: page.showIf, path: ["pages", p, "showIf"] }] : []),
    ...(page.screenOut ? [{ condition: page.screenOut.unless, path: ["pages", p, "screenOut"] }] : []),
    ...wordings(page.wordings, ["pages", p]),
    ...page.items.flatMap((item, i) =>
      item.type === "identificationCode"
        ? []
        : [
            ...(item.showIf ? [{ condition: item.showIf, path: ["pages", p, "items", i, "showIf"] }] : []),
            ...wordings(item.wordings, ["pages", p, "items", i]),
          ],
    ),
  ]);
}

/**
 * The identification code's rules (decision 059): at most one per definition; never a condition's source nor
 * part of a scale, as its answers exist only as keyed hashes that nothing else may read. (6–10 known, unique
 * elements are checked by the item's own schema.)
 */
export function checkIdentificationCode(definition: Definition, report: Report): void {
  const codeIds = new Set<string>();
  definition.pages.forEach((page, p) =>
    page.items.forEach((item, i) => {
      if (item.type !== "identificationCode") return;
      if (codeIds.size > 0)
        report("a definition may ask for one identification code only", ["pages", p, "items", i]);
      // Completion requires the code, so its page must be shown to everyone.
      if (page.showIf)
        report("the identification code's page cannot have a condition: every respondent is asked it", [
          "pages",
          p,
          "showIf",
        ]);
      codeIds.add(item.id);
    }),
  );
  if (codeIds.size === 0) return;
  for (const { condition, path } of conditionsOf(definition))
    if (conditionItemIds(condition).some((id) => codeIds.has(id)))
      report(
        "a condition cannot read the identification code: its answers are stored only as keyed hashes",
        path,
      );
  definition.scales.forEach((scale, s) =>
    scale.items.forEach((id, i) => {
      if (codeIds.has(id))
        report("the identification code cannot be part of a scale", ["scales", s, "items", i]);
    }),
  );
}

import { buildPageView, type PageView } from "~/surveys/page-view";
import { describeCondition } from "../../instrument/codebook";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { EMPTY_PRESENTATION } from "../../instrument/presentation-order";
import { fieldsById } from "../../instrument/traversal";

export type PreviewPage = {
  view: PageView;
  index: number;
  total: number;
  pageIds: string[];
  /** When the page or its items are conditional, in words. */
  conditions: string[];
  screenOut: string | null;
};

/** One page of a definition exactly as respondents see it, with every conditional item shown and explained. */
export function previewPage(
  definition: InstrumentDefinition,
  pageId: string | null,
  language = "en",
): PreviewPage | null {
  const index = pageId ? definition.pages.findIndex((page) => page.id === pageId) : 0;
  const page = definition.pages[index];
  if (!page) return null;
  const fields = fieldsById(definition);
  const conditions = [
    ...(page.showIf ? [`This page is shown only when ${describeCondition(page.showIf, fields)}.`] : []),
    ...page.items.flatMap((item) =>
      item.showIf
        ? [`“${localize(item.text, language)}” is shown only when ${describeCondition(item.showIf, fields)}.`]
        : [],
    ),
    ...(page.randomizeItems
      ? ["The order of the questions on this page is shuffled for each respondent."]
      : []),
  ];
  return {
    view: buildPageView(definition, page, {}, EMPTY_PRESENTATION, language, { includeHidden: true }),
    index,
    total: definition.pages.length,
    pageIds: definition.pages.map((candidate) => candidate.id),
    conditions,
    screenOut: page.screenOut
      ? `Respondents are thanked and leave here unless ${describeCondition(page.screenOut.unless, fields)}: “${localize(page.screenOut.message, language)}”`
      : null,
  };
}

import { buildPageView, type PageView } from "~/surveys/page-view";
import { describeCondition } from "../../instrument/codebook";
import type { InstrumentDefinition, Page } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { EMPTY_PRESENTATION } from "../../instrument/presentation-order";
import type { Condition } from "../../instrument/conditions";
import { type AnswerField, fieldsById, isAnswerItem } from "../../instrument/traversal";

export type PreviewPage = {
  view: PageView;
  index: number;
  total: number;
  pageIds: string[];
  /** When the page or its items are conditional, in words. */
  conditions: string[];
  screenOut: string | null;
};

/** Where the page or its questions are worded for a group (e.g. past tense for leavers), in words. */
function wordingNotes(page: Page, fields: Map<string, AnswerField>, language: string): string[] {
  const when = (condition: Condition) => describeCondition(condition, fields);
  return [
    ...(page.wordings ?? []).map(
      (wording) =>
        `When ${when(wording.when)}, this page is titled “${localize(wording.title ?? page.title, language)}”.`,
    ),
    ...page.items.filter(isAnswerItem).flatMap((item) => {
      const rows = item.type === "matrix" ? item.rows.filter((row) => row.wordings?.length) : [];
      return [
        ...(item.wordings ?? []).map(
          (wording) =>
            `When ${when(wording.when)}, “${localize(item.text, language)}” reads “${localize(wording.text, language)}”.`,
        ),
        ...(rows.length > 0
          ? [
              `${rows.length} statements of “${localize(item.text, language)}” are worded differently for some respondents (see the codebook).`,
            ]
          : []),
      ];
    }),
  ];
}

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
      item.type !== "identificationCode" && item.showIf
        ? [`“${localize(item.text, language)}” is shown only when ${describeCondition(item.showIf, fields)}.`]
        : [],
    ),
    ...wordingNotes(page, fields, language),
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

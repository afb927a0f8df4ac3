import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition, Page } from "../../instrument/definition-schema";
import type { AnswerItem, IdentificationCodeItem } from "../../instrument/items";
import { localize, type LocalizedText } from "../../instrument/localized-text";
import {
  orderedItems,
  orderedOptions,
  orderedRows,
  type Presentation,
} from "../../instrument/presentation-order";
import { itemOptions } from "../../instrument/traversal";
import { visibleItems } from "../../instrument/visibility";
import { itemTexts, pageTexts, rowText } from "../../instrument/wording";
import { type CodeElementView, codeElementViews } from "./identification-code-view";

/**
 * What a survey page needs to render, with every text already in the respondent's
 * language. The browser never receives the instrument definition itself. Shared by the
 * respondent's pages and the lab's preview, which shows a page exactly as respondents see it.
 */
export type ViewOption = { code: number; label: string };
type FieldBase = { name: string; label: string; help: string | null; required: boolean };
export type ViewField =
  | (FieldBase & { kind: "consent"; agreeLabel: string })
  | (FieldBase & { kind: "choice"; multiple: boolean; options: ViewOption[] })
  | (FieldBase & { kind: "matrix"; options: ViewOption[]; rows: { name: string; label: string }[] })
  | (FieldBase & { kind: "rating"; options: ViewOption[]; minLabel: string | null; maxLabel: string | null })
  | (FieldBase & { kind: "number"; min: number; max: number; step: number; unit: string | null })
  | (FieldBase & { kind: "text"; multiline: boolean; maxLength: number })
  | (FieldBase & {
      kind: "identificationCode";
      elements: CodeElementView[];
      /** The draft already holds this code's hashes: the empty fields need a word of explanation. */
      earlierGiven: boolean;
    });

export type PageView = { id: string; title: string; intro: string | null; fields: ViewField[] };

export type { FormValues } from "../../instrument/answers-as-form";

/** Numeric items with at most 11 whole steps (0–10 ratings) are shown as a row of choices. */
const MAX_RATING_POINTS = 11;

function codeField(item: IdentificationCodeItem, language: string): ViewField {
  const heading = localize(item.text, language);
  const elements = codeElementViews(item, language);
  return {
    name: item.id,
    label: heading,
    help: null,
    required: true,
    kind: "identificationCode",
    elements,
    earlierGiven: false,
  };
}

function fieldFor(
  definition: InstrumentDefinition,
  item: AnswerItem,
  answers: Answers,
  { presentation, language }: { presentation: Presentation; language: string },
): ViewField {
  const t = (text: LocalizedText | undefined) => (text ? localize(text, language) : null);
  const worded = itemTexts(item, answers);
  const base = {
    name: item.id,
    label: localize(worded.text, language),
    help: t(worded.help),
    required: item.required,
  };
  const options = (itemOptions(definition, item) ?? []).map((option) => option);
  const viewOptions = (list: typeof options) =>
    list.map((option) => ({ code: option.code, label: localize(option.label, language) }));
  switch (item.type) {
    case "consent":
      return { ...base, kind: "consent", required: true, agreeLabel: localize(item.agreeLabel, language) };
    case "single":
    case "multiple":
      return {
        ...base,
        kind: "choice",
        multiple: item.type === "multiple",
        options: viewOptions(orderedOptions(item, options, presentation)),
      };
    case "likert":
      return { ...base, kind: "choice", multiple: false, options: viewOptions(options) };
    case "matrix":
      return {
        ...base,
        kind: "matrix",
        options: viewOptions(options),
        rows: orderedRows(item, presentation).map((row) => ({
          name: row.id,
          label: localize(rowText(row, answers), language),
        })),
      };
    case "numeric": {
      const points = (item.max - item.min) / item.step + 1;
      if (Number.isInteger(item.step) && Number.isInteger(item.min) && points <= MAX_RATING_POINTS) {
        const codes = Array.from({ length: points }, (_, index) => item.min + index * item.step);
        return {
          ...base,
          kind: "rating",
          options: codes.map((code) => ({ code, label: String(code) })),
          minLabel: t(worded.minLabel),
          maxLabel: t(worded.maxLabel),
        };
      }
      return { ...base, kind: "number", min: item.min, max: item.max, step: item.step, unit: t(item.unit) };
    }
    case "text":
      return { ...base, kind: "text", multiline: item.multiline, maxLength: item.maxLength };
  }
}

/** `includeHidden` shows conditional items regardless of answers (the lab's preview). */
export function buildPageView(
  definition: InstrumentDefinition,
  page: Page,
  answers: Answers,
  presentation: Presentation,
  language: string,
  { includeHidden = false } = {},
): PageView {
  const visible = new Set((includeHidden ? page.items : visibleItems(page, answers)).map((item) => item.id));
  const { title, intro } = pageTexts(page, answers);
  return {
    id: page.id,
    title: localize(title, language),
    intro: intro ? localize(intro, language) : null,
    fields: orderedItems(page, presentation)
      .filter((item) => visible.has(item.id))
      .map((item) =>
        item.type === "identificationCode"
          ? codeField(item, language)
          : fieldFor(definition, item, answers, { presentation, language }),
      ),
  };
}

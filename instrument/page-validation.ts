import { z } from "zod";
import type { AnswerValue, Answers } from "./answers";
import type { Page } from "./definition-schema";
import type { InstrumentDefinition } from "./definition-schema";
import type { Item, MultipleChoiceItem, NumericItem, TextItem } from "./items";
import { itemOptions } from "./traversal";
import { visibleItems } from "./visibility";

/** What a submitted HTML form offers: FormData and URLSearchParams both fit. */
export type FormFields = { get(name: string): unknown; getAll(name: string): unknown[] };

export type PageValidation =
  | { success: true; answers: Answers }
  | {
      success: false;
      errors: Record<string, string>;
      submitted: Record<string, string | string[]>;
      /** The fields that were valid, e.g. to keep them when the respondent goes back. */
      validAnswers: Answers;
    };

const CHOOSE_ONE = "Choose one answer.";

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function codeSchema(codes: number[], required: boolean, missingMessage: string) {
  return z.string().transform((raw, context): number | null => {
    if (raw === "") {
      if (required) context.addIssue({ code: "custom", message: missingMessage });
      return null;
    }
    const code = Number(raw);
    if (!Number.isInteger(code) || !codes.includes(code)) {
      context.addIssue({
        code: "custom",
        message: "That answer is not one of the options. Choose one of the listed answers.",
      });
      return z.NEVER;
    }
    return code;
  });
}

function multipleSchema(item: MultipleChoiceItem) {
  const codes = item.options.map((option) => option.code);
  return z.array(z.string()).transform((raw, context): number[] | null => {
    const chosen = [...new Set(raw.filter((value) => value !== "").map(Number))];
    if (chosen.some((code) => !codes.includes(code))) {
      context.addIssue({ code: "custom", message: "One of the answers is not among the options." });
      return z.NEVER;
    }
    if (chosen.length === 0) {
      if (item.required || item.minSelected)
        context.addIssue({ code: "custom", message: "Choose at least one answer." });
      return null;
    }
    if (item.minSelected && chosen.length < item.minSelected)
      context.addIssue({ code: "custom", message: `Choose at least ${item.minSelected} answers.` });
    if (item.maxSelected && chosen.length > item.maxSelected)
      context.addIssue({ code: "custom", message: `Choose at most ${item.maxSelected} answers.` });
    const exclusive = chosen.find((code) => item.exclusiveCodes.includes(code));
    if (exclusive !== undefined && chosen.length > 1) {
      const label = item.options.find((option) => option.code === exclusive)?.label.en ?? "That answer";
      context.addIssue({ code: "custom", message: `"${label}" cannot be combined with other answers.` });
    }
    return codes.filter((code) => chosen.includes(code));
  });
}

function decimalsOf(step: number): number {
  const [, fraction = ""] = String(step).split(".");
  return fraction.length;
}

function numericSchema(item: NumericItem) {
  const range = `a number from ${item.min} to ${item.max}`;
  return z.string().transform((raw, context): number | null => {
    if (raw === "") {
      if (item.required) context.addIssue({ code: "custom", message: `Enter ${range}.` });
      return null;
    }
    // People on phones type "2,5" as often as "2.5".
    const value = Number(raw.replace(/\s/g, "").replace(",", "."));
    if (!Number.isFinite(value)) {
      context.addIssue({ code: "custom", message: `Enter ${range}, using digits only.` });
      return z.NEVER;
    }
    if (value < item.min || value > item.max) {
      context.addIssue({ code: "custom", message: `Enter ${range}.` });
      return z.NEVER;
    }
    const steps = (value - item.min) / item.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      context.addIssue({ code: "custom", message: `Enter ${range} in steps of ${item.step}.` });
      return z.NEVER;
    }
    return Number(value.toFixed(decimalsOf(item.step)));
  });
}

function textSchema(item: TextItem) {
  return z.string().transform((raw, context): string | null => {
    const value = raw.replace(/\r\n/g, "\n");
    if (value === "") {
      if (item.required) context.addIssue({ code: "custom", message: "Write an answer." });
      return null;
    }
    const length = [...value].length;
    if (length > item.maxLength) {
      context.addIssue({
        code: "custom",
        message: `Keep the answer to ${item.maxLength} characters or fewer (it has ${length}).`,
      });
      return z.NEVER;
    }
    return value;
  });
}

type FieldRule = { name: string; schema: z.ZodType<AnswerValue, string | string[]>; multiple: boolean };

function buildRules(definition: InstrumentDefinition, item: Item): FieldRule[] {
  const codes = (itemOptions(definition, item) ?? []).map((option) => option.code);
  switch (item.type) {
    case "consent":
      return [
        {
          name: item.id,
          multiple: false,
          schema: codeSchema(
            codes,
            true,
            "Tick the box to agree before you continue.",
          ) as FieldRule["schema"],
        },
      ];
    case "single":
    case "likert":
      return [
        {
          name: item.id,
          multiple: false,
          schema: codeSchema(codes, item.required, CHOOSE_ONE) as FieldRule["schema"],
        },
      ];
    case "matrix":
      return item.rows.map((row) => ({
        name: row.id,
        multiple: false,
        schema: codeSchema(
          codes,
          item.required,
          "Choose an answer for this statement.",
        ) as FieldRule["schema"],
      }));
    case "multiple":
      return [{ name: item.id, multiple: true, schema: multipleSchema(item) as FieldRule["schema"] }];
    case "numeric":
      return [{ name: item.id, multiple: false, schema: numericSchema(item) as FieldRule["schema"] }];
    case "text":
      return [{ name: item.id, multiple: false, schema: textSchema(item) as FieldRule["schema"] }];
  }
}

// Building zod schemas costs more than running them; an item's rules never change, so each item
// (an object of one parsed definition) gets them once. Keyed per definition, as likert and matrix
// options come from the definition's answer scales.
const rulesCache = new WeakMap<InstrumentDefinition, WeakMap<Item, FieldRule[]>>();

function rulesFor(definition: InstrumentDefinition, item: Item): FieldRule[] {
  let byItem = rulesCache.get(definition);
  if (!byItem) rulesCache.set(definition, (byItem = new WeakMap()));
  let rules = byItem.get(item);
  if (!rules) byItem.set(item, (rules = buildRules(definition, item)));
  return rules;
}

/**
 * Validates one page's submitted form against the definition: only the items this
 * respondent can see on this page are read; anything else in the form is ignored.
 */
export function validatePage(
  definition: InstrumentDefinition,
  page: Page,
  earlierAnswers: Answers,
  form: FormFields,
): PageValidation {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  const submitted: Record<string, string | string[]> = {};
  for (const item of visibleItems(page, earlierAnswers)) {
    for (const rule of rulesFor(definition, item)) {
      const raw = rule.multiple ? form.getAll(rule.name).map(text) : text(form.get(rule.name));
      submitted[rule.name] = raw;
      const parsed = rule.schema.safeParse(raw);
      if (parsed.success) answers[rule.name] = parsed.data;
      else errors[rule.name] = parsed.error.issues[0]?.message ?? "Check this answer.";
    }
  }
  return Object.keys(errors).length === 0
    ? { success: true, answers }
    : { success: false, errors, submitted, validAnswers: answers };
}

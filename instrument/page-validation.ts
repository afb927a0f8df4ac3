import { z } from "zod";
import type { AnswerValue, Answers } from "./answers";
import type { Page } from "./definition-schema";
import type { InstrumentDefinition } from "./definition-schema";
import type { Item, MultipleChoiceItem, NumericItem, TextItem } from "./items";
import type { LocalizedText } from "./localized-text";
import { itemOptions } from "./traversal";
import { visibleItems } from "./visibility";

/** What a submitted HTML form offers: FormData and URLSearchParams both fit. */
export type FormFields = { get(name: string): unknown; getAll(name: string): unknown[] };

export type PageValidation =
  | { success: true; answers: Answers }
  | {
      success: false;
      errors: Record<string, ValidationMessage>;
      submitted: Record<string, string | string[]>;
      /** The fields that were valid, e.g. to keep them when the respondent goes back. */
      validAnswers: Answers;
    };

/**
 * A problem with an answer, as the id of an interface message and its values: the app's catalogs
 * (app/i18n) word it in the respondent's language, so this package stays free of interface text.
 */
export type ValidationMessageId =
  | "validation.chooseOne"
  | "validation.notAnOption"
  | "validation.someNotOptions"
  | "validation.chooseAtLeastOne"
  | "validation.chooseAtLeast"
  | "validation.chooseAtMost"
  | "validation.exclusive"
  | "validation.numberRange"
  | "validation.numberDigits"
  | "validation.numberSteps"
  | "validation.writeAnswer"
  | "validation.textTooLong"
  | "validation.consent"
  | "validation.statement"
  | "validation.check"
  | "validation.codeAnswerOrUnknown"
  | "validation.codeLetter"
  | "validation.codeRange"
  | "validation.codeBoth";
export type ValidationMessage = {
  id: ValidationMessageId;
  values?: Record<string, string | number>;
  /** Values that are texts of the definition, in each of its languages. */
  texts?: Record<string, LocalizedText>;
};

type IssueContext = {
  addIssue(issue: { code: "custom"; message: string; params?: Record<string, unknown> }): void;
};

/** Records a problem on a zod issue: its message is the id, its params the values. */
function problem(
  context: IssueContext,
  id: ValidationMessageId,
  values?: ValidationMessage["values"],
  texts?: ValidationMessage["texts"],
): void {
  context.addIssue({ code: "custom", message: id, params: { values, texts } });
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function codeSchema(codes: number[], required: boolean, missingMessage: ValidationMessageId) {
  return z.string().transform((raw, context): number | null => {
    if (raw === "") {
      if (required) problem(context, missingMessage);
      return null;
    }
    const code = Number(raw);
    if (!Number.isInteger(code) || !codes.includes(code)) {
      problem(context, "validation.notAnOption");
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
      problem(context, "validation.someNotOptions");
      return z.NEVER;
    }
    if (chosen.length === 0) {
      if (item.required || item.minSelected) problem(context, "validation.chooseAtLeastOne");
      return null;
    }
    if (item.minSelected && chosen.length < item.minSelected)
      problem(context, "validation.chooseAtLeast", { count: item.minSelected });
    if (item.maxSelected && chosen.length > item.maxSelected)
      problem(context, "validation.chooseAtMost", { count: item.maxSelected });
    const exclusive = chosen.find((code) => item.exclusiveCodes.includes(code));
    if (exclusive !== undefined && chosen.length > 1) {
      const label = item.options.find((option) => option.code === exclusive)?.label ?? {
        en: String(exclusive),
      };
      problem(context, "validation.exclusive", undefined, { label });
    }
    return codes.filter((code) => chosen.includes(code));
  });
}

function decimalsOf(step: number): number {
  const [, fraction = ""] = String(step).split(".");
  return fraction.length;
}

function numericSchema(item: NumericItem) {
  const range = { min: item.min, max: item.max };
  return z.string().transform((raw, context): number | null => {
    if (raw === "") {
      if (item.required) problem(context, "validation.numberRange", range);
      return null;
    }
    // People on phones type "2,5" as often as "2.5".
    const value = Number(raw.replace(/\s/g, "").replace(",", "."));
    if (!Number.isFinite(value)) {
      problem(context, "validation.numberDigits", range);
      return z.NEVER;
    }
    if (value < item.min || value > item.max) {
      problem(context, "validation.numberRange", range);
      return z.NEVER;
    }
    const steps = (value - item.min) / item.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      problem(context, "validation.numberSteps", { ...range, step: item.step });
      return z.NEVER;
    }
    return Number(value.toFixed(decimalsOf(item.step)));
  });
}

function textSchema(item: TextItem) {
  return z.string().transform((raw, context): string | null => {
    const value = raw.replace(/\r\n/g, "\n");
    if (value === "") {
      if (item.required) problem(context, "validation.writeAnswer");
      return null;
    }
    const length = [...value].length;
    if (length > item.maxLength) {
      problem(context, "validation.textTooLong", { max: item.maxLength, length });
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
          schema: codeSchema(codes, true, "validation.consent") as FieldRule["schema"],
        },
      ];
    case "single":
    case "likert":
      return [
        {
          name: item.id,
          multiple: false,
          schema: codeSchema(codes, item.required, "validation.chooseOne") as FieldRule["schema"],
        },
      ];
    case "matrix":
      return item.rows.map((row) => ({
        name: row.id,
        multiple: false,
        schema: codeSchema(codes, item.required, "validation.statement") as FieldRule["schema"],
      }));
    case "multiple":
      return [{ name: item.id, multiple: true, schema: multipleSchema(item) as FieldRule["schema"] }];
    case "numeric":
      return [{ name: item.id, multiple: false, schema: numericSchema(item) as FieldRule["schema"] }];
    case "text":
      return [{ name: item.id, multiple: false, schema: textSchema(item) as FieldRule["schema"] }];
    case "identificationCode":
      // Never an answer: read apart (identification-code-answers.ts) and stored only as keyed hashes.
      return [];
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

/** The problem a zod issue records (see `problem`). */
function validationMessage(issue: z.core.$ZodIssue | undefined): ValidationMessage {
  if (!issue || issue.code !== "custom") return { id: "validation.check" };
  const { values, texts } = (issue.params ?? {}) as Pick<ValidationMessage, "values" | "texts">;
  return {
    id: issue.message as ValidationMessageId,
    ...(values ? { values } : {}),
    ...(texts ? { texts } : {}),
  };
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
  const errors: Record<string, ValidationMessage> = {};
  const submitted: Record<string, string | string[]> = {};
  for (const item of visibleItems(page, earlierAnswers)) {
    for (const rule of rulesFor(definition, item)) {
      const raw = rule.multiple ? form.getAll(rule.name).map(text) : text(form.get(rule.name));
      submitted[rule.name] = raw;
      const parsed = rule.schema.safeParse(raw);
      if (parsed.success) answers[rule.name] = parsed.data;
      else errors[rule.name] = validationMessage(parsed.error.issues[0]);
    }
  }
  return Object.keys(errors).length === 0
    ? { success: true, answers }
    : { success: false, errors, submitted, validAnswers: answers };
}

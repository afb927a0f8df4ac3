import { z } from "zod";
import { conditionSchema } from "./conditions";
import { CODE_ELEMENT_IDS, MAX_CODE_ELEMENTS, MIN_CODE_ELEMENTS } from "./identification-code-elements";
import { localizedTextSchema } from "./localized-text";
import { itemWordingSchema, rowWordingSchema } from "./wording";

/** Item ids become variable names in R, SPSS and Stata exports: keep them short and plain. */
export const variableNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, "use 1–32 lower-case letters, digits or _, starting with a letter");

export const optionSchema = z.strictObject({
  /** Stable integer stored in answers and exports; never renumber a published instrument. */
  code: z.number().int(),
  label: localizedTextSchema,
  /** Value used by scoring when it differs from the code (e.g. CBI 100/75/50/25/0). */
  score: z.number().optional(),
  /** "Prefer not to say", "Don't know": a real answer, but missing for scoring. */
  missingForScoring: z.boolean().default(false),
  /** Keeps "Other" or "Prefer not to say" in place when the options are shuffled. */
  fixedPosition: z.boolean().default(false),
});
export type Option = z.infer<typeof optionSchema>;

export const answerScaleSchema = z.strictObject({
  label: localizedTextSchema,
  options: z.array(optionSchema).min(2),
});
export type AnswerScale = z.infer<typeof answerScaleSchema>;

const QUASI_IDENTIFIER_KINDS = ["tenure", "role", "region", "organisation-size", "age", "other"] as const;

/** Marks answers that, combined, could single someone out; later privacy checks read this. */
const quasiIdentifierSchema = z.strictObject({
  kind: z.enum(QUASI_IDENTIFIER_KINDS),
  /** Upper bounds of the bands a numeric answer can be coarsened to, e.g. [2, 5, 10, 20]. */
  bands: z.array(z.number()).min(1).optional(),
});

const attentionCheckSchema = z.strictObject({ expected: z.number().int() });

const itemBase = {
  id: variableNameSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().default(false),
  showIf: conditionSchema.optional(),
  /** The same question worded for a group earlier answers identify (e.g. past tense for leavers). */
  wordings: z.array(itemWordingSchema).optional(),
  quasiIdentifier: quasiIdentifierSchema.optional(),
};

export const consentItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("consent"),
  agreeLabel: localizedTextSchema,
  required: z.literal(true).default(true),
});

export const singleChoiceItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("single"),
  options: z.array(optionSchema).min(2),
  randomizeOptions: z.boolean().default(false),
  attentionCheck: attentionCheckSchema.optional(),
});

export const multipleChoiceItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("multiple"),
  options: z.array(optionSchema).min(2),
  randomizeOptions: z.boolean().default(false),
  minSelected: z.number().int().min(1).optional(),
  maxSelected: z.number().int().min(1).optional(),
  /** Codes that cannot be combined with others ("None of these"). */
  exclusiveCodes: z.array(z.number().int()).default([]),
});

export const likertItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("likert"),
  /** Id of an entry in the definition's answerScales. */
  scale: z.string().min(1),
  attentionCheck: attentionCheckSchema.optional(),
});

export const matrixRowSchema = z.strictObject({
  id: variableNameSchema,
  text: localizedTextSchema,
  wordings: z.array(rowWordingSchema).optional(),
  attentionCheck: attentionCheckSchema.optional(),
});

export const matrixItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("matrix"),
  scale: z.string().min(1),
  rows: z.array(matrixRowSchema).min(1),
  randomizeRows: z.boolean().default(false),
});

export const numericItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("numeric"),
  min: z.number(),
  max: z.number(),
  step: z.number().positive().default(1),
  unit: localizedTextSchema.optional(),
  /** Labels for the ends of a rating such as 0–10. */
  minLabel: localizedTextSchema.optional(),
  maxLabel: localizedTextSchema.optional(),
});

export const textItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal("text"),
  multiline: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(5000),
});

/**
 * A self-generated identification code (issue 14, decision 059): 6–10 elements of the library, each asked
 * with its own "I don't know". Not an answer field: its answers are stored only as keyed hashes, apart from
 * the answers, and appear in no export. The prompts come from the library, so every wave words them alike.
 */
export const identificationCodeItemSchema = z.strictObject({
  id: variableNameSchema,
  type: z.literal("identificationCode"),
  /** A short heading for the page's fieldset. */
  text: localizedTextSchema,
  elements: z
    .array(z.enum(CODE_ELEMENT_IDS))
    .min(MIN_CODE_ELEMENTS)
    .max(MAX_CODE_ELEMENTS)
    .refine((ids) => new Set(ids).size === ids.length, "list each code element once"),
});

export const itemSchema = z.discriminatedUnion("type", [
  consentItemSchema,
  singleChoiceItemSchema,
  multipleChoiceItemSchema,
  likertItemSchema,
  matrixItemSchema,
  numericItemSchema,
  textItemSchema,
  identificationCodeItemSchema,
]);

export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item["type"];
export type ConsentItem = z.infer<typeof consentItemSchema>;
export type SingleChoiceItem = z.infer<typeof singleChoiceItemSchema>;
export type MultipleChoiceItem = z.infer<typeof multipleChoiceItemSchema>;
export type LikertItem = z.infer<typeof likertItemSchema>;
export type MatrixItem = z.infer<typeof matrixItemSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type NumericItem = z.infer<typeof numericItemSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type IdentificationCodeItem = z.infer<typeof identificationCodeItemSchema>;
/** Items that store an answer of their own in `answers` (every type but the identification code). */
export type AnswerItem = Exclude<Item, IdentificationCodeItem>;

import { z } from "zod";
import { analysisPlanSchema } from "./analysis-plan";
import { conditionSchema } from "./conditions";
import { checkDefinitionReferences } from "./definition-checks";
import { answerScaleSchema, itemSchema, variableNameSchema } from "./items";
import { languageTagSchema, localizedTextSchema } from "./localized-text";
import { translationsSchema } from "./translation-status";
import { pageWordingSchema } from "./wording";

export const DEFINITION_SCHEMA_VERSION = 1;

export const pageSchema = z.strictObject({
  id: variableNameSchema,
  title: localizedTextSchema,
  intro: localizedTextSchema.optional(),
  showIf: conditionSchema.optional(),
  /** The title and intro worded for a group earlier answers identify. */
  wordings: z.array(pageWordingSchema).optional(),
  /** Shuffle the items of this page per respondent; the order seen is stored with the response. */
  randomizeItems: z.boolean().default(false),
  /** Ends the survey politely (nothing stored) when the condition is not met, e.g. eligibility. */
  screenOut: z.strictObject({ unless: conditionSchema, message: localizedTextSchema }).optional(),
  items: z.array(itemSchema).min(1),
});
export type Page = z.infer<typeof pageSchema>;

export const scaleSchema = z.strictObject({
  id: variableNameSchema,
  label: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Item ids (Likert items, matrix rows or numeric items) that form the scale. */
  items: z.array(z.string()).min(1),
  /** Items scored in the opposite direction: score = (lowest + highest) − score. */
  reverse: z.array(z.string()).default([]),
  aggregation: z.enum(["mean", "sum"]),
  /** "0-100" maps the possible range of the aggregate linearly onto 0–100. */
  rescale: z.enum(["none", "0-100"]).default("none"),
  /** A score needs at least ceil(share × items) answered items, otherwise it is missing. */
  minAnsweredShare: z.number().gt(0).max(1),
  /** Id of an entry in references. */
  reference: z.string().optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const derivedVariableSchema = z.strictObject({
  id: variableNameSchema,
  label: localizedTextSchema,
  kind: z.literal("difference"),
  /** [a, b] → a − b; missing when either is missing. */
  of: z.tuple([z.string(), z.string()]),
});
export type DerivedVariable = z.infer<typeof derivedVariableSchema>;

export const referenceSchema = z.strictObject({
  id: z.string().min(1),
  citation: z.string().min(1),
  /** Shown as a link in the codebook, so only http and https (no javascript:, data:, …). */
  url: z
    .url({ protocol: /^https?$/, error: "use an http or https address, e.g. https://doi.org/…" })
    .optional(),
  terms: z.string().optional(),
});

export const definitionObjectSchema = z.strictObject({
  schemaVersion: z.literal(DEFINITION_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9-]{1,80}$/, "use lower-case letters, digits and -"),
  title: localizedTextSchema,
  description: localizedTextSchema,
  languages: z.array(languageTagSchema).min(1),
  estimatedMinutes: z.number().int().positive(),
  /** Who runs the survey and what happens to the answers; shown at consent and at the end. */
  dataUse: localizedTextSchema,
  answerScales: z.record(z.string(), answerScaleSchema).default({}),
  pages: z.array(pageSchema).min(1),
  scales: z.array(scaleSchema).default([]),
  derived: z.array(derivedVariableSchema).default([]),
  references: z.array(referenceSchema).default([]),
  /**
   * Per language besides English (the source): the status of each scale's wording, a validated translation
   * with its citation or a draft. Absent in English-only definitions (decision 053).
   */
  translations: translationsSchema.optional(),
  /** What the analysis tests and against which bounds, fixed before the data are seen (decision 026). Absent in
   * definitions written before it existed: those are analysed with the documented default plan. */
  analysisPlan: analysisPlanSchema.optional(),
});

/** The full format: shape plus cross-references (ids unique, conditions look backwards, scales resolvable). */
export const instrumentDefinitionSchema = definitionObjectSchema.superRefine(checkDefinitionReferences);

export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
/** The JSON a researcher writes (shorthands allowed, defaults optional). */
export type InstrumentDefinitionInput = z.input<typeof instrumentDefinitionSchema>;

import { z } from "zod";
import type { FormFailure, FormValues } from "~/forms/form-reply";
import { parseForm, type SentFields } from "~/forms/parse-form";
import {
  EXPORT_K_DEFAULT,
  EXPORT_K_MAX,
  EXPORT_K_MIN,
  EXPORT_SUPPRESSION_DEFAULT_PERCENT,
  EXPORT_SUPPRESSION_MAX_PERCENT,
} from "~/limits";

const K_MESSAGE = `k must be a whole number from ${EXPORT_K_MIN} to ${EXPORT_K_MAX}.`;
const SUPPRESSION_MESSAGE = `The suppression limit must be a number from 0 to ${EXPORT_SUPPRESSION_MAX_PERCENT} (%).`;
const CHOICE_MESSAGE = "Choose one of the options offered.";
const VERSION_MESSAGE = "Choose one of the instrument versions.";

/**
 * What a researcher chooses on the export tab. The same fields drive the report (query string of
 * the page) and every download (the posted form), so the files describe the rows and the
 * coarsening the report shows.
 */
export const exportChoiceSchema = z.object({
  /** Instrument versions to export: one ("2") or a pooled series ("1-3"); the current series when absent. */
  version: z
    .string({ error: VERSION_MESSAGE })
    .regex(/^[1-9]\d{0,5}(-[1-9]\d{0,5})?$/, VERSION_MESSAGE)
    .optional(),
  /** Excluded responses stay in (flagged in the excluded column) unless left out. */
  excluded: z.enum(["include", "leave-out"], { error: CHOICE_MESSAGE }).default("include"),
  /** Synthetic demo responses: included by default only when the version has no real responses. */
  synthetic: z.enum(["include", "leave-out"], { error: CHOICE_MESSAGE }).optional(),
  coarsen: z.enum(["no", "yes"], { error: CHOICE_MESSAGE }).default("no"),
  k: z.coerce
    .number({ error: K_MESSAGE })
    .int()
    .min(EXPORT_K_MIN)
    .max(EXPORT_K_MAX)
    .default(EXPORT_K_DEFAULT),
  /** Share of the responses, in %, that may be suppressed locally (every quasi-identifier blanked). */
  suppression: z.coerce
    .number({ error: SUPPRESSION_MESSAGE })
    .min(0)
    .max(EXPORT_SUPPRESSION_MAX_PERCENT)
    .default(EXPORT_SUPPRESSION_DEFAULT_PERCENT),
});
export type ExportChoice = z.infer<typeof exportChoiceSchema>;
type ChoiceKey = keyof ExportChoice;
/** The fields of the choice, in the order the form shows them. */
export const EXPORT_CHOICE_KEYS = Object.keys(exportChoiceSchema.shape) as ChoiceKey[];

export type ExportChoiceRead =
  | { ok: true; values: FormValues; choice: ExportChoice }
  | { ok: false; values: FormValues; failure: FormFailure; fallback: ExportChoice };

/**
 * Reads the choice from the page's query string or the posted form (empty fields left out, so the
 * defaults apply): the choice, or a failure with a message per field that is not valid and a
 * fallback choice (the valid fields, defaults for the rest). `values` is always what was sent.
 */
export function readExportChoice(fields: SentFields): ExportChoiceRead {
  const read = parseForm(fields, exportChoiceSchema, { emptyIsMissing: true });
  if (read.ok) return { ok: true, values: read.values, choice: read.value };
  const { values, fieldErrors } = read.failure;
  // The fields that are valid, with defaults for the others: enough to show the form again.
  const valid = Object.fromEntries(
    EXPORT_CHOICE_KEYS.flatMap((key) => (key in values && !(key in fieldErrors) ? [[key, values[key]]] : [])),
  );
  return { ok: false, values, failure: read.failure, fallback: exportChoiceSchema.parse(valid) };
}

/** The export tab's address for these options (a query string), with a notice when there is one. */
export function exportTabPath(slug: string, query: string, notice?: ExportNotice): string {
  const search = new URLSearchParams(query);
  if (notice) search.set("notice", notice);
  const text = search.toString();
  return `/lab/surveys/${slug}/export${text ? `?${text}` : ""}`;
}

/** The query string of the options as sent, valid or not (the tab then shows their messages). */
export function typedQuery(values: FormValues): string {
  const sent = EXPORT_CHOICE_KEYS.flatMap((key) => {
    const value = values[key];
    return typeof value === "string" ? [[key, value]] : [];
  });
  return new URLSearchParams(sent).toString();
}

/** Why the tab was shown again instead of a download. */
export type ExportNotice = "options-changed";
export const exportNoticeSchema = z.enum(["options-changed"]).optional().catch(undefined);

/**
 * What a download button posts besides the options: `checked`, the options of the privacy check
 * on screen (exportQuery of its resolved choice), so a download whose options differ from the
 * check the researcher saw shows that check first instead.
 */
export const exportDownloadFormSchema = z.object({
  checked: z.string().max(500, "The form could not be read.").default(""),
});

/** A choice with every default filled in from the data. */
export type ResolvedExportChoice = Required<ExportChoice>;

/** The query string of a resolved choice: the page's address, and what a download compares with. */
export function exportQuery(choice: ResolvedExportChoice): string {
  return new URLSearchParams({
    version: choice.version,
    excluded: choice.excluded,
    synthetic: choice.synthetic,
    coarsen: choice.coarsen,
    k: String(choice.k),
    suppression: String(choice.suppression),
  }).toString();
}

import type { z } from "zod";
import { CSRF_FIELD_NAME } from "./csrf-field";
import type { FormFailure, FormValues } from "./form-reply";

/** A form as sent: FormData (lab forms, multipart) and URLSearchParams (public forms, queries) both fit. */
export type SentFields = { getAll(name: string): unknown[]; keys(): Iterable<string> };

export type ParseFormOptions = {
  /** Fields that take several values (checkboxes); absent means none sent. */
  arrays?: readonly string[];
  /** Fields never sent back with the values (passwords). */
  secrets?: readonly string[];
  /** An empty field counts as not sent, so the schema's default applies (the export and analysis queries). */
  emptyIsMissing?: boolean;
};

export type ParsedForm<Value> =
  { ok: true; value: Value; values: FormValues } | { ok: false; failure: FormFailure };

export const SENT_TWICE = "This field was sent more than once. Reload the page and try again.";

/** The sent fields as the schema reads them: strings (files left out), arrays only where declared. */
function readSent(fields: SentFields, options: ParseFormOptions) {
  const input: FormValues = Object.fromEntries((options.arrays ?? []).map((name) => [name, []]));
  const twice: string[] = [];
  for (const name of new Set(fields.keys())) {
    if (name === CSRF_FIELD_NAME) continue;
    const sent = fields.getAll(name).filter((value): value is string => typeof value === "string");
    const kept = options.emptyIsMissing ? sent.filter((value) => value !== "") : sent;
    if (options.arrays?.includes(name)) input[name] = kept;
    else if (kept.length > 1) twice.push(name);
    else if (kept[0] !== undefined) input[name] = kept[0];
  }
  return { input, twice };
}

/** A failure from zod issues: the first message per field (by the path's first key); a pathless one is the form's. */
export function failureFromIssues(issues: readonly z.core.$ZodIssue[], values: FormValues): FormFailure {
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const issue of issues) {
    const [name] = issue.path;
    if (name === undefined) formError ??= issue.message;
    else fieldErrors[String(name)] ??= issue.message;
  }
  return { status: "error", fieldErrors, formError, values };
}

/**
 * Reads a form with its zod schema: the parsed value, or a `FormFailure` with one message per field.
 * Every action and every form-like query reads through here (decision 018). A field that takes one
 * value but came twice is refused, never silently the first or the last.
 */
export function parseForm<Schema extends z.ZodType>(
  fields: SentFields,
  schema: Schema,
  options: ParseFormOptions = {},
): ParsedForm<z.output<Schema>> {
  const { input, twice } = readSent(fields, options);
  const values = Object.fromEntries(
    Object.entries(input).filter(([name]) => !options.secrets?.includes(name)),
  );
  if (twice.length > 0) {
    const fieldErrors = Object.fromEntries(twice.map((name) => [name, SENT_TWICE]));
    return { ok: false, failure: { status: "error", fieldErrors, formError: null, values } };
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data, values };
  return { ok: false, failure: failureFromIssues(parsed.error.issues, values) };
}

/** A page's query string read like a form (a GET form, or a list's `?page=`). */
export function parseQuery<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: ParseFormOptions = {},
): ParsedForm<z.output<Schema>> {
  return parseForm(new URL(request.url).searchParams, schema, options);
}
